namespace HandoffBot.Agents;

/// <summary>How an agent's action on a case ended; the API maps it to a status code.</summary>
public enum DeskOutcome
{
    Done,
    NotFound,

    /// <summary>Someone else holds the case (another agent accepted first).</summary>
    Taken,

    /// <summary>The agent does not hold the case.</summary>
    NotHolder,

    /// <summary>The case is of a skill the agent lacks (and was not transferred to them).</summary>
    NotEligible,

    /// <summary>Stored, but the customer's channel could not be reached.</summary>
    ChannelFailed,
}
