namespace HandoffBot.Agents;

/// <summary>How the case ended (<c>resolved</c>, <c>refund-issued</c>, <c>escalated-to-engineering</c>...): free text, required.</summary>
public sealed record ResolveRequest(string? Disposition);
