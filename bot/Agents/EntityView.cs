namespace HandoffBot.Agents;

/// <summary>A key fact found in what the customer wrote (order number, amount, email).</summary>
public sealed record EntityView(string Type, string Text, string Value);
