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

    public const string SmallTalkGreeting = "Hi! What can I help you with today? Ask in your own words, or type **help** to see the topics.";

    public const string SmallTalkThanks = "You're welcome! Is there anything else I can help with?";

    public const string SmallTalkGoodbye = "Take care! If anything else comes up, just write here.";

    public const string SmallTalkThanksAndGoodbye = "You're welcome, glad I could help. Take care!";

    public const string SmallTalkAnyoneThere =
        "Yes, I'm here: I'm the support assistant. What can I help you with? If you'd rather talk to a person, just say so.";

    public const string SmallTalkBotQuestion =
        "Yes, I'm the support assistant, a bot. I can answer most questions right away, and I can bring in a person from " +
        "our support team whenever you'd like: just ask.";
}
