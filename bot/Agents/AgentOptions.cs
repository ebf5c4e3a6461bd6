using System.ComponentModel.DataAnnotations;

namespace HandoffBot.Agents;

/// <summary>Options bound from <c>HandoffBot:Agents</c>: the accounts, demo sign-in and how the queue is worked.</summary>
public sealed class AgentOptions
{
    public const string SectionName = "HandoffBot:Agents";

    public const string DefaultSeedPath = "SampleData/agents.json";

    /// <summary>JSON array of agent accounts upserted at every start; relative to the content root. Empty = no seeding.</summary>
    public string SeedPath { get; set; } = DefaultSeedPath;

    /// <summary>
    /// Whether accounts without a password hash in the seed may sign in with the documented demo password
    /// (<c>&lt;id&gt;-demo</c>). Off unless enabled: <c>appsettings.Development.json</c> (what <c>dotnet run</c> uses)
    /// enables it for local trials. Refused whenever Bot Framework credentials are set, whatever this says.
    /// </summary>
    public bool DemoSignIn { get; set; }

    /// <summary>How often the assignment service looks at the queue even when nothing told it to.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan AssignmentInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long an available agent may have no console connection (a closed tab, a lost network) before they are set
    /// away and get no more offers; reconnecting within it changes nothing, reconnecting later makes them available again.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PresenceGrace { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Priority points a case gains each time an offer expires unanswered.</summary>
    [Range(0, 100)]
    public int ReofferPriorityBoost { get; set; } = 10;
}
