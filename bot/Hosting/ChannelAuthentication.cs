using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace HandoffBot.Hosting;

/// <summary>
/// Wraps the Bot Framework authentication so that every failure to authenticate a caller is a 401: the SDK throws
/// <see cref="UnauthorizedAccessException"/> for some failures (which CloudAdapter maps to 401) but lets others escape
/// (a malformed token, unreachable OpenID metadata), which would surface as a 500 with no useful meaning to a channel.
/// Its Connector clients share one JSON contract resolver (<see cref="SharedContractsConnectorFactory"/>).
/// </summary>
public sealed partial class ChannelAuthentication(BotFrameworkAuthentication inner, ILogger<ChannelAuthentication> logger)
    : BotFrameworkAuthentication
{
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        try
        {
            return SharingContracts(await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken));
        }
        catch (Exception ex) when (ex is not UnauthorizedAccessException and not OperationCanceledException)
        {
            LogRejected(logger, ex, activity.ChannelId);
            throw new UnauthorizedAccessException("The request could not be authenticated.", ex);
        }
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        try
        {
            return SharingContracts(await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken));
        }
        catch (Exception ex) when (ex is not UnauthorizedAccessException and not OperationCanceledException)
        {
            LogRejected(logger, ex, channelIdHeader);
            throw new UnauthorizedAccessException("The request could not be authenticated.", ex);
        }
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new SharedContractsConnectorFactory(inner.CreateConnectorFactory(claimsIdentity));

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    // The adapter takes the connector factory of a turn from the authentication result, not from CreateConnectorFactory.
    private static AuthenticateRequestResult SharingContracts(AuthenticateRequestResult result)
    {
        if (result.ConnectorFactory is { } factory and not SharedContractsConnectorFactory)
        {
            result.ConnectorFactory = new SharedContractsConnectorFactory(factory);
        }

        return result;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a request from channel {ChannelId}: its credentials could not be validated")]
    private static partial void LogRejected(ILogger logger, Exception exception, string? channelId);
}
