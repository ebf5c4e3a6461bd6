namespace HandoffBot.Dialogs.Root;

/// <summary>What a message made only of everyday conversation says; see <see cref="SmallTalk"/>.</summary>
public enum SmallTalkKind
{
    Greeting,
    Thanks,
    Goodbye,
    ThanksAndGoodbye,
    AnyoneThere,
    BotQuestion,
}
