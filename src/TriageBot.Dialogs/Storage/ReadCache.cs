namespace TriageBot.Dialogs.Storage;

/// <summary>
/// The items a store has read, kept current by its own writes, so that the next turn of a conversation reads its
/// state from memory. Only keys that were read are kept (a write alone adds nothing), and at most
/// <c>limit</c> of them: when full, it starts again empty. A key the store did not have is kept too, as absent: a
/// user with no saved state would otherwise send every turn to the file.
/// </summary>
/// <remarks>
/// A read from the store and a write can cross: a reader that read the old row (or found none) before the write
/// committed must not put it back after the write updated (or removed) the key. Keys being read are registered
/// with <see cref="BeginRead"/>, and a read keeps what it found only if its own key did not change in between and
/// nothing was cleared. Under load other keys are written all the time, so a check on any change would keep almost
/// no read.
/// </remarks>
internal sealed class ReadCache(int limit)
{
    // A null item: the store had no such key when it was read.
    private readonly Dictionary<string, StoreItem?> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Reading> _reading = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _generation;
    private long _clearedAt;

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

    /// <summary>Whether the key is known; <paramref name="item"/> is null when it is known to be absent.</summary>
    public bool TryGet(string key, out StoreItem? item)
    {
        lock (_lock)
        {
            return _items.TryGetValue(key, out item);
        }
    }

    /// <summary>
    /// Registers <paramref name="keys"/> as being read from the store; the result goes to <see cref="AddRead"/>.
    /// Every call must be matched by one to <see cref="EndRead"/> with the same keys, whatever the read's outcome.
    /// </summary>
    public long BeginRead(IEnumerable<string> keys)
    {
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (_reading.TryGetValue(key, out var reading))
                {
                    reading.Readers++;
                }
                else
                {
                    _reading[key] = new Reading();
                }
            }

            return _generation;
        }
    }

    /// <summary>
    /// Keeps what a read found (<paramref name="item"/>, or null when the store had no such key), unless the key
    /// changed or everything was cleared since <paramref name="since"/>.
    /// </summary>
    public void AddRead(string key, StoreItem? item, long since)
    {
        lock (_lock)
        {
            if (_clearedAt > since || !_reading.TryGetValue(key, out var reading) || reading.ChangedAt > since)
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

    public void EndRead(IEnumerable<string> keys)
    {
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (_reading.TryGetValue(key, out var reading) && --reading.Readers == 0)
                {
                    _reading.Remove(key);
                }
            }
        }
    }

    /// <summary>A committed write: the new item replaces a kept one, or a kept absence (a deletion removes it).</summary>
    public void Written(string key, StoreItem item)
    {
        lock (_lock)
        {
            Changed(key);
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
            Changed(key);
            _items.Remove(key);
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _clearedAt = ++_generation;
            _items.Clear();
        }
    }

    private void Changed(string key)
    {
        _generation++;
        if (_reading.TryGetValue(key, out var reading))
        {
            reading.ChangedAt = _generation;
        }
    }

    /// <summary>A key being read: by how many readers, and the generation of its last change while being read.</summary>
    private sealed class Reading
    {
        public int Readers { get; set; } = 1;

        public long ChangedAt { get; set; }
    }
}
