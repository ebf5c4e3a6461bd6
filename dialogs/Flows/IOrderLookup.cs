namespace HandoffBot.Dialogs.Flows;

/// <summary>Finds an order or support ticket by its number (implemented by the bot over its order store).</summary>
public interface IOrderLookup
{
    /// <summary>The order or ticket with <paramref name="reference"/> (see <see cref="OrderReference"/>), or null.</summary>
    Task<OrderStatus?> FindAsync(string reference, CancellationToken cancellationToken);
}
