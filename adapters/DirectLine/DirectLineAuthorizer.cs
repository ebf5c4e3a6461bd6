using Microsoft.AspNetCore.Http;

namespace HandoffBot.Adapters.DirectLine;

/// <summary>Turns a request's credential (the Authorization header, or the stream URL's <c>t</c>) into a caller or an error.</summary>
public sealed class DirectLineAuthorizer(DirectLineSecret secret, DirectLineTokens tokens)
{
    private const string Bearer = "Bearer ";

    /// <summary>The caller behind <c>Authorization: Bearer</c>; 401 without one, 403 for a wrong or expired one.</summary>
    public Task<(DirectLineCaller? Caller, IResult? Error)> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? header = request.Headers.Authorization;
        if (header is null || !header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(header[Bearer.Length..]))
        {
            return Task.FromResult<(DirectLineCaller?, IResult?)>((null, DirectLineError.MissingCredentials()));
        }

        return AuthenticateAsync(header[Bearer.Length..].Trim(), cancellationToken);
    }

    /// <summary>The caller behind a secret or token; 403 for a wrong or expired one.</summary>
    public async Task<(DirectLineCaller? Caller, IResult? Error)> AuthenticateAsync(string credential, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(credential))
        {
            return (null, DirectLineError.MissingCredentials());
        }

        if (await secret.IsSecretAsync(credential, cancellationToken).ConfigureAwait(false))
        {
            return (new DirectLineCaller(true, null), null);
        }

        var (status, token) = await tokens.ReadAsync(credential, cancellationToken).ConfigureAwait(false);
        return status switch
        {
            DirectLineTokenStatus.Valid => (new DirectLineCaller(false, token), null),
            DirectLineTokenStatus.Expired => (null, DirectLineError.TokenExpired()),
            _ => (null, DirectLineError.BadCredentials()),
        };
    }
}
