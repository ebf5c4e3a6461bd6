using System.ComponentModel.DataAnnotations;
using System.Net;

namespace HandoffBot.Hosting;

/// <summary>
/// The reverse proxies in front of the bot (<c>HandoffBot:Proxy</c>): only their <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> are believed, so per-address limits see the client, and nobody else can claim an address.
/// </summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string SectionName = "HandoffBot:Proxy";

    /// <summary>Proxy addresses (<c>10.0.0.5</c>).</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation (<c>10.0.0.0/8</c>).</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies deep the client's address is taken from <c>X-Forwarded-For</c>.</summary>
    [Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;

    public bool Enabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"{SectionName}:KnownProxies: '{proxy}' is not an IP address, e.g. 10.0.0.5.", [nameof(KnownProxies)]);
        }

        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"{SectionName}:KnownNetworks: '{network}' is not a network in CIDR notation, e.g. 10.0.0.0/8.", [nameof(KnownNetworks)]);
        }
    }
}
