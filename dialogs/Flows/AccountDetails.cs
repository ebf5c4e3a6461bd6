namespace HandoffBot.Dialogs.Flows;

/// <summary>
/// What the account and billing flows may show a customer who confirmed their email. Read-only; any part the
/// systems do not know is null and shown as "not on file".
/// </summary>
public sealed record AccountDetails(
    string CustomerId,
    string Name,
    string Email,
    string? Plan,
    int? Seats,
    int? SeatsUsed,
    DateOnly? RenewalDate,
    string? BillingCycle,
    string? Price,
    DateOnly? NextInvoiceDate,
    string? NextInvoiceAmount,
    string? PaymentMethod);
