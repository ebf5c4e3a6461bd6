using HandoffBot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Rest.Serialization;

namespace HandoffBot.Tests.Hosting;

public sealed class SharedContractsConnectorFactoryTests
{
    [Fact]
    public async Task Clients_for_different_turns_share_one_contract_resolver()
    {
        var factory = new SharedContractsConnectorFactory(new NewClientPerCall());

        var first = await factory.CreateAsync("https://channel.example/", "audience", CancellationToken.None);
        var second = await factory.CreateAsync("https://channel.example/", "audience", CancellationToken.None);

        Assert.NotSame(first, second);
        Assert.Same(first.SerializationSettings.ContractResolver, second.SerializationSettings.ContractResolver);
        Assert.Same(first.DeserializationSettings.ContractResolver, second.DeserializationSettings.ContractResolver);
    }

    [Fact]
    public async Task A_reply_is_written_exactly_as_the_sdk_writes_it()
    {
        var reply = MessageFactory.SuggestedActions(new[] { "Talk to a person", "Back to the menu" }.AsEnumerable(), "Anything else?", null, null);
        reply.Conversation = new ConversationAccount(id: "c1");
        reply.Entities = [new Entity("clientInfo") { Properties = { ["locale"] = "en-US" } }];
        reply.ChannelData = new { notification = new { alert = true } };
        var sdk = new NewClientPerCall();
        var shipped = await sdk.CreateAsync("https://channel.example/", "audience", CancellationToken.None);
        var shared = await new SharedContractsConnectorFactory(sdk).CreateAsync("https://channel.example/", "audience", CancellationToken.None);

        Assert.Equal(
            SafeJsonConvert.SerializeObject(reply, shipped.SerializationSettings),
            SafeJsonConvert.SerializeObject(reply, shared.SerializationSettings));
    }

    // As the SDK's own factory does: a new client, with new serializer settings, for every turn.
    private sealed class NewClientPerCall : ConnectorFactory
    {
        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
            Task.FromResult<IConnectorClient>(new ConnectorClient(new Uri(serviceUrl), MicrosoftAppCredentials.Empty));
    }
}
