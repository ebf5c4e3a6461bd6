namespace HandoffBot.Dialogs.Root;

/// <summary>What the root dialog says, in the same voice as the support team.</summary>
public static class RootMessages
{
    public const string Greeting =
        "Hi, I'm the support assistant. I can answer questions about your account, orders and billing, and I can " +
        "bring in a person from our support team whenever you'd like. Type **help** to see what I can do.";

    public const string HelpIntro = "Here's what I can help with. Pick a topic, or just ask your question in your own words.";

    public const string NotUnderstood =
        "I'm not sure I can answer that yet. Type **help** to see the topics I know about, or ask for a person at any time.";
}
