using HandoffBot.Dialogs.Root;
using HandoffBot.Tests.TestSupport;

namespace HandoffBot.Tests.Conversation;

/// <summary>Nothing lives in process memory between turns: a dialog in progress continues after a restart.</summary>
public sealed class SupportBotRestartTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private readonly string _conversationId = $"{Guid.NewGuid()}|livechat";
    private ServiceUrlListener _listener = null!;

    public async Task InitializeAsync() => _listener = await ServiceUrlListener.StartAsync();

    public async Task DisposeAsync()
    {
        await _listener.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Dialog_in_progress_continues_after_the_host_restarts_on_the_same_database()
    {
        await InOneProcessAsync(async emulator =>
        {
            await emulator.SendAsync("help");
            await _listener.WaitForMessageAsync(_conversationId, RootMessages.HelpIntro);
        });

        await InOneProcessAsync(async emulator =>
        {
            await emulator.SendAsync("2");
            var answer = await _listener.WaitForMessageAsync(_conversationId, "order or ticket number");
            Assert.Equal(HelpTopics.All[1].Answer, answer.Activity.Text);
        });
    }

    [Fact]
    public async Task A_new_process_does_not_greet_a_conversation_again()
    {
        await InOneProcessAsync(async emulator =>
        {
            (await emulator.PostAsync(emulator.ConversationUpdate())).Dispose();
            await _listener.WaitForMessageAsync(_conversationId, "support assistant");
        });

        await InOneProcessAsync(async emulator =>
        {
            (await emulator.PostAsync(emulator.ConversationUpdate())).Dispose();
            await emulator.SendAsync("help");
            await _listener.WaitForMessageAsync(_conversationId, RootMessages.HelpIntro);
        });

        Assert.Single(_listener.Received, r => r.Activity.Text == RootMessages.Greeting);
    }

    /// <summary>Starts a bot process on the test's database, talks to it as the Emulator, and stops it.</summary>
    private async Task InOneProcessAsync(Func<EmulatorClient, Task> conversation)
    {
        await using var host = BotHost.Start(_temp.File("restart.db"));
        using var http = host.CreateHttpClient();
        await conversation(new EmulatorClient(http, _listener.BaseAddress, _conversationId));
    }
}
