namespace HandoffBot.Customers;

/// <summary>
/// The CRM as the bot sees it. <see cref="SqliteCustomerDirectory"/> is the built-in one; a real CRM (HubSpot,
/// Salesforce) plugs in here.
/// </summary>
public interface ICustomerDirectory
{
    /// <summary>
    /// The profile whose id equals <paramref name="accountId"/>, else the one whose email equals <paramref name="email"/>
    /// (case-insensitive), else <see cref="CustomerProfile.Unknown"/> for the account id. Never null.
    /// </summary>
    Task<CustomerProfile> FindAsync(string? accountId, string? email, CancellationToken cancellationToken);

    /// <summary>Adds the profile or replaces the one with the same id.</summary>
    Task UpsertAsync(CustomerProfile profile, CancellationToken cancellationToken);

    /// <summary>Every known profile, ordered by id.</summary>
    Task<IReadOnlyList<CustomerProfile>> ListAsync(CancellationToken cancellationToken);
}
