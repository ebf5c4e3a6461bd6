using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace HandoffBot.Hosting;

/// <summary>
/// Hands out the SDK's Connector clients with one process-wide JSON contract resolver. The SDK makes a new
/// <see cref="ConnectorClient"/> for every turn, each with a new <see cref="DefaultContractResolver"/>, so
/// Newtonsoft.Json rebuilt the contracts of Activity and every type inside it — emitting and compiling a getter per
/// property — for every reply sent: the largest single cost of a turn in the benchmark's profile
/// (docs/performance.md). Contracts depend only on the types, so one resolver (thread-safe, caching) serves every
/// client; a client whose resolver is of another kind keeps its own.
/// </summary>
public sealed class SharedContractsConnectorFactory(ConnectorFactory inner) : ConnectorFactory
{
    private static readonly DefaultContractResolver Contracts = new();

    public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
    {
        var client = await inner.CreateAsync(serviceUrl, audience, cancellationToken);
        Share(client.SerializationSettings);
        Share(client.DeserializationSettings);
        return client;
    }

    private static void Share(JsonSerializerSettings? settings)
    {
        if (settings?.ContractResolver?.GetType() == typeof(DefaultContractResolver))
        {
            settings.ContractResolver = Contracts;
        }
    }
}
