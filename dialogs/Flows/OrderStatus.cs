namespace HandoffBot.Dialogs.Flows;

/// <summary>Where an order or ticket stands, as the order status flow tells it.</summary>
/// <param name="Reference">The order number (<c>TL-20931</c>) or ticket number (<c>48213</c>).</param>
/// <param name="Kind"><c>order</c> or <c>ticket</c>.</param>
/// <param name="Summary">What was ordered or reported, in a few words.</param>
/// <param name="Status">The current status, e.g. <c>Processing</c>, <c>Completed</c>, <c>Waiting on customer</c>.</param>
/// <param name="UpdatedOn">When the status last changed.</param>
/// <param name="Detail">What happens next, if anything.</param>
public sealed record OrderStatus(string Reference, string Kind, string Summary, string Status, DateOnly UpdatedOn, string? Detail);
