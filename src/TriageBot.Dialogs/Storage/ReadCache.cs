namespace TriageBot.Dialogs.Storage;

/// <summary>
/// The items a store has read, kept current by its own writes, so that the next turn of a conversation reads its
/// state from memory. Only keys that were read are kept (a write alone adds nothing), and at most
/// <c>limit</c> of them: when full, it starts again empty.
/// </summary>
/// <remarks>
/// A read from the store and a write can cross: a reader that read the old row before the write committed must not
/// put it back after the write updated (or removed) the key. Every change bumps a generation, and a read adds what
/// it found only if no change came in between.
/// </remarks>
internal sealed class ReadCache(int limit)
{
    private readonly Dictionary<string, StoreItem> _items = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _generation;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _items.Count;
            }
        }
    }

    /// <summary>Taken before reading from the store, and given back to <see cref="AddRead"/>.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet(string key, out StoreItem item)
    {
        lock (_lock)
        {
            return _items.TryGetValue(key, out item!);
        }
    }

    /// <summary>Keeps an item read from the store, unless anything changed since <paramref name="generation"/>.</summary>
    public void AddRead(string key, StoreItem item, long generation)
    {
        lock (_lock)
        {
            if (_generation != generation)
            {
                return;
            }

            if (_items.Count >= limit)
            {
                _items.Clear();
            }

            _items[key] = item;
        }
    }

    /// <summary>A committed write: the new item replaces a kept one (a deletion removes it).</summary>
    public void Written(string key, StoreItem item)
    {
        lock (_lock)
        {
            _generation++;
            if (item.IsDeletion)
            {
                _items.Remove(key);
            }
            else if (_items.ContainsKey(key))
            {
                _items[key] = item;
            }
        }
    }

    /// <summary>Forgets a key: it was deleted, or its deletion failed and what is stored is not known.</summary>
    public void Forget(string key)
    {
        lock (_lock)
        {
            _generation++;
            _items.Remove(key);
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _generation++;
            _items.Clear();
        }
    }
}
