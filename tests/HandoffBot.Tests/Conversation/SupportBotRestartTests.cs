using HandoffBot.Dialogs.Root;
using HandoffBot.Tests.TestSupport;

namespace HandoffBot.Tests.Conversation;

/// <summary>Nothing lives in process memory between turns: a dialog in progress continues after a restart.</summary>
public sealed class SupportBotRestartTests
{
    [Fact]
    public async Task Dialog_in_progress_continues_after_the_host_restarts_on_the_same_database()
    {
        using var temp = new TempDirectory();
        var database = temp.File("restart.db");
        await using var listener = await ServiceUrlListener.StartAsync();
        string conversationId;

        await using (var first = BotHost.Start(database))
        {
            using var http = first.CreateHttpClient();
            var emulator = new EmulatorClient(http, listener.BaseAddress);
            conversationId = emulator.ConversationId;
            await emulator.SendAsync("help");
            await listener.WaitForMessageAsync(conversationId, RootMessages.HelpIntro);
        }

        await using (var second = BotHost.Start(database))
        {
            using var http = second.CreateHttpClient();
            var emulator = new EmulatorClient(http, listener.BaseAddress, conversationId);
            await emulator.SendAsync("2");
            var answer = await listener.WaitForMessageAsync(conversationId, "order or ticket number");
            Assert.Equal(HelpTopics.All[1].Answer, answer.Activity.Text);
        }
    }

    [Fact]
    public async Task A_new_process_does_not_greet_a_conversation_again()
    {
        using var temp = new TempDirectory();
        var database = temp.File("greet.db");
        await using var listener = await ServiceUrlListener.StartAsync();
        string conversationId;

        await using (var first = BotHost.Start(database))
        {
            using var http = first.CreateHttpClient();
            var emulator = new EmulatorClient(http, listener.BaseAddress);
            conversationId = emulator.ConversationId;
            (await emulator.PostAsync(emulator.ConversationUpdate())).Dispose();
            await listener.WaitForMessageAsync(conversationId, "support assistant");
        }

        await using (var second = BotHost.Start(database))
        {
            using var http = second.CreateHttpClient();
            var emulator = new EmulatorClient(http, listener.BaseAddress, conversationId);
            (await emulator.PostAsync(emulator.ConversationUpdate())).Dispose();
            await emulator.SendAsync("help");
            await listener.WaitForMessageAsync(conversationId, RootMessages.HelpIntro);
        }

        Assert.Single(listener.Received, r => r.Activity.Text == RootMessages.Greeting);
    }
}
