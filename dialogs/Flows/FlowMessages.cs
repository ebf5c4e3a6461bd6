namespace HandoffBot.Dialogs.Flows;

/// <summary>What every resolve flow says around its own questions, in the support team's voice.</summary>
public static class FlowMessages
{
    public const string Cancelled =
        "No problem, I've stopped there. Ask me anything else, or type **help** to see what I can do.";

    public const string HelpFooter =
        "Answer the question above to carry on, type **cancel** to stop, or ask for a person at any time.";

    public const string DidThatWork = "Did that work?";

    public const string DidThatFixIt = "Did that fix it?";

    public const string Glad = "Great, glad that's sorted! Is there anything else I can help with?";
}
