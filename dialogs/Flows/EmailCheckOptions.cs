namespace HandoffBot.Dialogs.Flows;

/// <summary>Options of <see cref="EmailCheckDialog"/>: how many addresses that did not match were given so far.</summary>
public sealed record EmailCheckOptions(int Misses = 0);
