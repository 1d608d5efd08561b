using System.Text.Json;

namespace TriageBot.Dialogs.Engine;

/// <summary>
/// A persisted bag of JSON values by name (waterfall Values, conversation and user values). Values go in as JSON
/// and come out as the same <see cref="JsonElement"/>, read with the typed <see cref="DialogResults"/> helpers.
/// </summary>
public sealed class StepValues
{
    private readonly Dictionary<string, JsonElement> _values;

    internal StepValues(Dictionary<string, JsonElement> values)
    {
        _values = values;
    }

    public IEnumerable<string> Keys => _values.Keys;

    public bool Contains(string key) => _values.ContainsKey(key);

    /// <summary>The value, or null when nothing is stored under <paramref name="key"/> (a stored "not known" is JSON null).</summary>
    /// <remarks>The stored element itself: elements cannot be changed, so handing it out needs no copy.</remarks>
    public JsonElement? Get(string key) => _values.TryGetValue(key, out var value) ? value : null;

    /// <summary>Stores <paramref name="value"/>; null stores "not known" (JSON null), which <see cref="Get"/> returns as such.</summary>
    /// <exception cref="ArgumentException">The element is the default one, which holds no JSON at all.</exception>
    public void Set(string key, JsonElement? value)
    {
        if (value is { ValueKind: JsonValueKind.Undefined })
        {
            throw new ArgumentException($"The value for '{key}' is an empty JsonElement, not JSON; pass null to store \"not known\".", nameof(value));
        }

        // Clone costs nothing for an element that owns its document (every one the engine makes), and keeps an
        // element of a caller's pooled document readable after the caller disposes it.
        _values[key] = value is { } element ? element.Clone() : DialogJson.Null;
    }

    public void Set(string key, string? value) => _values[key] = value is null ? DialogJson.Null : DialogJson.ToElement(value);

    public void Set(string key, int value) => _values[key] = DialogJson.ToElement(value);

    public void Set(string key, bool value) => _values[key] = DialogJson.ToElement(value);

    public bool Remove(string key) => _values.Remove(key);
}
