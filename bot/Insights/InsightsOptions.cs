using System.ComponentModel.DataAnnotations;

namespace HandoffBot.Insights;

/// <summary>Where metrics go besides <c>/metrics</c> (<c>HandoffBot:Insights</c>).</summary>
public sealed class InsightsOptions
{
    public const string SectionName = "HandoffBot:Insights";

    /// <summary>An OTLP collector (<c>http://otel-collector:4317</c>) that also receives the metrics; empty = none.</summary>
    [Url(ErrorMessage = "HandoffBot:Insights:OtlpEndpoint must be an absolute URL, e.g. http://otel-collector:4317.")]
    public string? OtlpEndpoint { get; set; }
}
