namespace HandoffBot.Dialogs.Root;

/// <summary>A route's answer to a message: which dialog to begin, with what options, and why (for the route trace).</summary>
public sealed record RouteMatch(string Route, string DialogId, object? Options = null);
