using System.Collections.Concurrent;

namespace TriageBot.Cards.Builders;

/// <summary>
/// Remembers a value worked out from pack data (a phone number, a service), which the answer card asks for several
/// times while it fits itself to the budget. A pack has a few hundred such keys; past 4,096 it starts again empty, so
/// views made up at run time cannot grow it without bound.
/// </summary>
internal sealed class PackMemo<TKey, TValue>(IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private const int Limit = 4096;
    private readonly ConcurrentDictionary<TKey, TValue> _values = new(comparer);

    public TValue Get(TKey key, Func<TKey, TValue> make)
    {
        if (_values.TryGetValue(key, out var known))
        {
            return known;
        }

        if (_values.Count > Limit)
        {
            _values.Clear();
        }

        return _values.GetOrAdd(key, make);
    }
}
