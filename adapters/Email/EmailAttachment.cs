namespace HandoffBot.Adapters.Email;

/// <summary>A file that came with a customer's mail: listed on the case for the agent, never dropped silently.</summary>
public sealed record EmailAttachment(string Name, string ContentType, long Bytes);
