using Newtonsoft.Json.Linq;

namespace HandoffBot.Dialogs.Engine;

/// <summary>
/// Reads values out of persisted dialog state. Within a turn a value keeps the type it was stored with; after a
/// reload from JSON storage it is a JObject, JArray, long or string. Both shapes convert here, explicitly.
/// </summary>
internal static class StateValue
{
    public static T? To<T>(object? value)
    {
        return value switch
        {
            null => default,
            T typed => typed,
            JToken { Type: JTokenType.Null } => default,
            JToken token => token.ToObject<T>(),
            _ => JToken.FromObject(value).ToObject<T>(),
        };
    }

    /// <summary>
    /// Returns the object stored under <paramref name="key"/> converted to <typeparamref name="T"/>, creating it when
    /// missing, and writes the converted object back so that mutations made this turn are what gets saved.
    /// </summary>
    public static T GetOrCreate<T>(IDictionary<string, object?> state, string key)
        where T : class, new()
    {
        state.TryGetValue(key, out var stored);
        if (stored is T typed)
        {
            return typed;
        }

        var converted = To<T>(stored) ?? new T();
        state[key] = converted;
        return converted;
    }

    /// <summary>Deep-copies a JSON-serializable object, e.g. an activity that sending would otherwise mutate.</summary>
    public static T DeepCopy<T>(T value)
        where T : class
    {
        return JToken.FromObject(value).ToObject<T>()!;
    }
}
