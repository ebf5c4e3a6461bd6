using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace HandoffBot.Tests.TestSupport;

/// <summary>
/// Stands in for login.botframework.com on loopback: an OpenID configuration and a JWKS whose one key carries
/// channel endorsements, and a signer that issues channel tokens with that key (PROTOCOLS.md §3.2).
/// </summary>
public sealed class OpenIdStub : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    private const string KeyId = "handoffbot-test-key";

    private readonly WebApplication _app;
    private readonly RSA _rsa = RSA.Create(2048);

    private OpenIdStub(WebApplication app) => _app = app;

    public string MetadataUrl { get; private set; } = "";

    public static async Task<OpenIdStub> StartAsync(params string[] endorsements)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(LoopbackCertificate.Certificate)));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new OpenIdStub(app);

        app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext http) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = $"{http.Request.Scheme}://{http.Request.Host}/v1/authorize",
            ["jwks_uri"] = $"{http.Request.Scheme}://{http.Request.Host}/v1/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        }));
        app.MapGet("/v1/keys", () =>
        {
            var parameters = stub._rsa.ExportParameters(false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new Dictionary<string, object>
                    {
                        ["kty"] = "RSA",
                        ["use"] = "sig",
                        ["kid"] = KeyId,
                        ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                        ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                        ["endorsements"] = endorsements,
                    },
                },
            });
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        stub.MetadataUrl = address + "/v1/.well-known/openidconfiguration";
        return stub;
    }

    /// <summary>A channel token as Azure Bot Service issues it, signed with the stub's key (or a stranger's).</summary>
    public string IssueChannelToken(string audience, string serviceUrl, bool signWithUnknownKey = false)
    {
        using var stranger = RSA.Create(2048);
        var key = new RsaSecurityKey(signWithUnknownKey ? stranger : _rsa) { KeyId = KeyId };
        var now = DateTime.UtcNow;
        var token = new JwtSecurityToken(
            issuer: Issuer,
            audience: audience,
            claims: [new Claim("serviceurl", serviceUrl)],
            notBefore: now.AddMinutes(-1),
            expires: now.AddMinutes(10),
            signingCredentials: new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _rsa.Dispose();
    }
}
