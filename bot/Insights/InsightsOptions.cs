using System.ComponentModel.DataAnnotations;

namespace HandoffBot.Insights;

/// <summary>Where metrics go besides <c>/metrics</c>, and the lead's calendar (<c>HandoffBot:Insights</c>).</summary>
public sealed class InsightsOptions : IValidatableObject
{
    public const string SectionName = "HandoffBot:Insights";

    /// <summary>An OTLP collector (<c>http://otel-collector:4317</c>) that also receives the metrics; empty = none.</summary>
    [Url(ErrorMessage = "HandoffBot:Insights:OtlpEndpoint must be an absolute URL, e.g. http://otel-collector:4317.")]
    public string? OtlpEndpoint { get; set; }

    /// <summary>The time zone whose days the lead's periods and daily trends count in (IANA id, e.g. <c>America/New_York</c>).</summary>
    public string TimeZone { get; set; } = "UTC";

    // A method, not a property: the options validator reads every property, and an unknown id must fail as a message.
    public TimeZoneInfo FindZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"{SectionName}:TimeZone: '{TimeZone}' is not a time zone; use an IANA id such as America/New_York.", [nameof(TimeZone)]);
        }
    }
}
