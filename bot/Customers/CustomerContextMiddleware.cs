using HandoffBot.Adapters.DirectLine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Customers;

/// <summary>
/// Resolves the customer's CRM profile once per turn and keeps it in turn state under <see cref="TurnStateKey"/>
/// (read it with <see cref="Get"/>). The account id is <c>from.id</c>; the email is <c>from.id</c> when that is an email
/// address (email channel), else <c>channelData.email</c>, else <c>from.properties.email</c>. A CRM that fails or does
/// not answer within <see cref="CrmOptions.LookupTimeout"/> never fails the turn: the customer is then unknown.
/// </summary>
public sealed partial class CustomerContextMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    public const string TurnStateKey = "HandoffBot.Customers.CustomerProfile";

    private readonly ICustomerDirectory _directory;
    private readonly IOptions<CrmOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<CustomerContextMiddleware> _logger;

    public CustomerContextMiddleware(ICustomerDirectory directory, IOptions<CrmOptions> options, TimeProvider time, ILogger<CustomerContextMiddleware> logger)
    {
        _directory = directory ?? throw new ArgumentNullException(nameof(directory));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>The turn's customer, or null when the turn has none (no <c>from</c> account, a proactive continuation).</summary>
    public static CustomerProfile? Get(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<CustomerProfile>(TurnStateKey);
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);

        var activity = turnContext.Activity;
        var from = activity?.From;
        var isContinuation = activity?.Type == ActivityTypes.Event
            && string.Equals(activity.Name, ActivityEventNames.ContinueConversation, StringComparison.Ordinal);
        if (activity is not null && from is not null && !string.IsNullOrWhiteSpace(from.Id) && !isContinuation
            && Get(turnContext) is null)
        {
            turnContext.TurnState.Set(TurnStateKey, await ResolveAsync(activity, from, cancellationToken));
        }

        await next(cancellationToken);
    }

    /// <summary>The email address the channel tells about the sender, if any.</summary>
    public static string? FindEmail(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var from = activity.From;
        if (CustomerSeedFile.LooksLikeEmail(from?.Id))
        {
            return from!.Id;
        }

        var fromChannelData = EmailIn(ChannelDataObject(activity.ChannelData));
        if (fromChannelData is not null)
        {
            return fromChannelData;
        }

        return EmailIn(from?.Properties);
    }

    /// <summary>
    /// The CRM account id of the sender. On Direct Line, a site that signs its customers in passes their id in the token
    /// request as <c>dl_&lt;id&gt;</c> (Direct Line reserves the prefix for ids baked into tokens): the id is what follows.
    /// </summary>
    public static string AccountId(string? channelId, string fromId)
    {
        ArgumentNullException.ThrowIfNull(fromId);
        return string.Equals(channelId, DirectLineAdapter.ChannelId, StringComparison.Ordinal)
            && fromId.StartsWith(DirectLineConversations.TokenUserPrefix, StringComparison.Ordinal)
            && fromId.Length > DirectLineConversations.TokenUserPrefix.Length
                ? fromId[DirectLineConversations.TokenUserPrefix.Length..]
                : fromId;
    }

    private async Task<CustomerProfile> ResolveAsync(IActivity activity, ChannelAccount from, CancellationToken cancellationToken)
    {
        using var lookupTimeout = new CancellationTokenSource(_options.Value.LookupTimeout, _time);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lookupTimeout.Token);
        try
        {
            // WaitAsync: a directory that ignores its token still cannot hold the turn past the timeout.
            var profile = await _directory.FindAsync(AccountId(activity.ChannelId, from.Id), FindEmail(activity), timeout.Token).WaitAsync(timeout.Token);
            return profile.IsKnown || string.IsNullOrWhiteSpace(from.Name) || !string.IsNullOrEmpty(profile.Name)
                ? profile
                : profile with { Name = from.Name };
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogLookupFailed(_logger, ex, activity.ChannelId, from.Id);
            return CustomerProfile.Unknown(from.Id, from.Name);
        }
    }

    private static JObject? ChannelDataObject(object? channelData)
    {
        switch (channelData)
        {
            case null:
                return null;
            case JObject jObject:
                return jObject;
            case JToken:
            case string:
                return null;
            default:
                try
                {
                    return JToken.FromObject(channelData) as JObject;
                }
                catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
                {
                    return null;
                }
        }
    }

    private static string? EmailIn(JObject? json) =>
        json?.GetValue("email", StringComparison.OrdinalIgnoreCase) is { Type: JTokenType.String } token
            && CustomerSeedFile.LooksLikeEmail(token.Value<string>())
            ? token.Value<string>()
            : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Customer lookup failed on {ChannelId} for account {AccountId}; the turn goes on with an unknown customer")]
    private static partial void LogLookupFailed(ILogger logger, Exception exception, string channelId, string accountId);
}
