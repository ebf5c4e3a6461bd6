namespace HandoffBot.Csat;

/// <summary>What the survey says, in the voice of the support team.</summary>
public static class CsatMessages
{
    public const string Question = "Before you go: how would you rate the help you got from our team, from 1 (poor) to 5 (excellent)?";

    /// <summary>Asked when a customer the bot alone helped says goodbye.</summary>
    public const string AiOnlyQuestion = "One quick question before you go: how would you rate my help today, from 1 (poor) to 5 (excellent)?";

    public const string Thanks = "Thank you for rating us {rating} out of 5. It helps us get better.";

    public const string ThanksLow = "Thank you for telling us ({rating} out of 5). I'm sorry it wasn't better; your feedback goes to the team lead.";

    /// <summary>The quick replies, worst to best.</summary>
    public static IReadOnlyList<string> Choices { get; } = ["1", "2", "3", "4", "5"];
}
