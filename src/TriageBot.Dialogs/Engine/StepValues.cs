using System.Text.Json;
using System.Text.Json.Nodes;

namespace TriageBot.Dialogs.Engine;

/// <summary>
/// A persisted bag of JSON values by name (waterfall Values, user state). Values go in as JSON and come out
/// as <see cref="JsonElement"/>, read with the typed <see cref="DialogResults"/> helpers.
/// </summary>
public sealed class StepValues
{
    private readonly JsonObject _values;

    internal StepValues(JsonObject values)
    {
        _values = values;
    }

    public IEnumerable<string> Keys => _values.Select(pair => pair.Key);

    public bool Contains(string key) => _values.ContainsKey(key);

    /// <summary>The value, or null when nothing is stored under <paramref name="key"/> (a stored "not known" is JSON null).</summary>
    public JsonElement? Get(string key) =>
        _values.TryGetPropertyValue(key, out var node) ? JsonSerializer.SerializeToElement(node, DialogJson.Options) : null;

    public void Set(string key, JsonElement? value) =>
        _values[key] = value is { } element ? JsonSerializer.SerializeToNode(element, DialogJson.Options) : null;

    public void Set(string key, string? value) => _values[key] = value is null ? null : JsonValue.Create(value);

    public void Set(string key, int value) => _values[key] = JsonValue.Create(value);

    public void Set(string key, bool value) => _values[key] = JsonValue.Create(value);

    public bool Remove(string key) => _values.Remove(key);
}
