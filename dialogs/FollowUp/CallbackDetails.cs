namespace HandoffBot.Dialogs.FollowUp;

/// <summary>What <see cref="CallbackDialog"/> collects: the number to call and when.</summary>
public sealed record CallbackDetails(string Phone, DateTimeOffset At);
