namespace HandoffBot.Adapters.Email;

/// <summary>A suggested action as mail shows it: a numbered line; the customer replies with the number or the words.</summary>
public sealed record EmailChoice(string Title, string Value);
