namespace HandoffBot.Agents;

/// <summary>
/// A live surface for agents besides the console (the Teams agent desk): hears what consoles hear, as it happens. Called
/// inside the turn that caused it, so it must only take note (queue) and return, never call out.
/// </summary>
public interface IDeskFeed
{
    void Changed(QueueChange change);

    void Message(ConsoleMessage message);
}
