using HandoffBot.Dialogs.Flows;

namespace HandoffBot.Dialogs.Tests.Flows;

/// <summary>An order lookup over a fixed list, by exact number.</summary>
internal sealed class SampleOrders : IOrderLookup
{
    public static OrderStatus SeatUpgrade { get; } = new("TL-20931", "order", "5 extra seats", "Completed", new DateOnly(2026, 11, 20), "The seats are ready to assign.");

    public static OrderStatus SyncTicket { get; } = new("48213", "ticket", "Board not syncing on iPad", "Waiting on our team", new DateOnly(2026, 11, 26), null);

    public Task<OrderStatus?> FindAsync(string reference, CancellationToken cancellationToken) =>
        Task.FromResult(new[] { SeatUpgrade, SyncTicket }.FirstOrDefault(o => o.Reference == reference));
}
