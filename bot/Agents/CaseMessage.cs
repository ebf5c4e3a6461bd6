namespace HandoffBot.Agents;

/// <summary>One line of a case's conversation with people: a customer message, an agent reply, or a transfer note.</summary>
public sealed record CaseMessage(long Seq, string Sender, string? AgentId, string? Text, DateTimeOffset CreatedUtc, string? AgentName = null)
{
    public const string Customer = "customer";

    public const string Agent = "agent";

    public const string Note = "note";
}
