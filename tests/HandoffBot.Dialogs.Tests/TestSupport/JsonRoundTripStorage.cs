using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Dialogs.Tests.TestSupport;

/// <summary>
/// Storage that keeps only JSON text, written with Newtonsoft and no TypeNameHandling, and reads it back as JObject
/// (as Cosmos DB storage does). The SDK's MemoryStorage keeps type names, which hides state that does not survive
/// a restart, so persistence tests use this instead.
/// </summary>
internal sealed class JsonRoundTripStorage : IStorage
{
    private readonly Dictionary<string, string> _items;

    public JsonRoundTripStorage(string? snapshot = null)
    {
        _items = snapshot is null ? [] : JsonConvert.DeserializeObject<Dictionary<string, string>>(snapshot) ?? [];
    }

    /// <summary>Gets the stored JSON of every key.</summary>
    public IReadOnlyDictionary<string, string> Items => _items;

    /// <summary>Returns everything stored as one JSON text, to load into a fresh storage (a simulated restart).</summary>
    public string ToSnapshot()
    {
        return JsonConvert.SerializeObject(_items);
    }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        IDictionary<string, object> found = keys
            .Where(_items.ContainsKey)
            .ToDictionary(key => key, key => (object)JObject.Parse(_items[key]));
        return Task.FromResult(found);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        foreach (var (key, value) in changes)
        {
            _items[key] = JsonConvert.SerializeObject(value);
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        foreach (var key in keys)
        {
            _items.Remove(key);
        }

        return Task.CompletedTask;
    }
}
