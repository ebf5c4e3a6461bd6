using HandoffBot.Agents;
using Microsoft.Extensions.Options;

namespace HandoffBot.Insights;

/// <summary>
/// <c>GET /api/metrics/summary?period=today|7d|30d|custom&amp;from=yyyy-MM-dd&amp;to=yyyy-MM-dd</c>: the lead's numbers,
/// for supervisors (agents get 403), days counted in <c>HandoffBot:Insights:TimeZone</c>.
/// </summary>
public static class LeadMetricsApi
{
    public const string Prefix = "/api/metrics";

    public static WebApplication MapLeadMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGroup(Prefix).WithTags("Lead metrics").RequireAuthorization(AgentAuthentication.SupervisorPolicy)
            .MapGet("/summary", SummaryAsync);
        return app;
    }

    private static async Task<IResult> SummaryAsync(
        string? period, DateOnly? from, DateOnly? to, LeadMetricsCalculator calculator, IOptions<InsightsOptions> options, TimeProvider timeProvider, CancellationToken ct)
    {
        var (asked, problem) = MetricsPeriod.Parse(period, from, to, options.Value.FindZone(), timeProvider.GetUtcNow());
        return asked is null
            ? Results.Problem(detail: problem, statusCode: StatusCodes.Status400BadRequest)
            : Results.Ok(await calculator.ComputeAsync(asked, ct));
    }
}
