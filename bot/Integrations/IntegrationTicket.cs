namespace HandoffBot.Integrations;

/// <summary>A helpdesk ticket a connector created for a case: the vendor's id and where an agent opens it.</summary>
public sealed record IntegrationTicket(string Connector, string HandoffId, string TicketId, Uri Link, DateTimeOffset CreatedUtc);
