using System.Globalization;

namespace TriageBot.Dialogs.Storage;

/// <summary>In-process store for tests and benchmarks; same ETag rules as <see cref="SqliteStorage"/>.</summary>
public sealed class MemoryStorage(TimeProvider clock) : IStorage
{
    private readonly Dictionary<string, Entry> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _lastETag;
    private long _lastSnapshot;

    public MemoryStorage()
        : this(TimeProvider.System)
    {
    }

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var entry))
                {
                    found[key] = entry.Item;
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
    }

    public Task WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            foreach (var (key, item) in changes)
            {
                var stored = _items.TryGetValue(key, out var entry) ? entry.Item.ETag : null;
                if (!StoreItem.ETagMatches(item.ETag, stored))
                {
                    throw StorageConcurrencyException.Refused(key, item.ETag, stored);
                }
            }

            foreach (var (key, item) in changes)
            {
                if (item.IsDeletion)
                {
                    _items.Remove(key);
                    continue;
                }

                // A copy of the text, so that nothing the caller does with its item can change what is stored.
                var etag = (++_lastETag).ToString(CultureInfo.InvariantCulture);
                _items[key] = new Entry(item.WithETag(etag, item.Utf8Json.ToArray()), now);
            }
        }

        return Task.CompletedTask;
    }

    public string NewSnapshotKey()
    {
        lock (_gate)
        {
            string key;
            do
            {
                key = StateKeys.ForSnapshot(++_lastSnapshot);
            }
            while (_items.ContainsKey(key));

            return key;
        }
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    public Task<int> PurgeOlderThanAsync(TimeSpan retention, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(time);
        var cutoff = time.GetUtcNow() - retention;
        lock (_gate)
        {
            var expired = _items.Where(kv => kv.Value.UpdatedUtc < cutoff).Select(kv => kv.Key).ToList();
            foreach (var key in expired)
            {
                _items.Remove(key);
            }

            return Task.FromResult(expired.Count);
        }
    }

    /// <summary>A stored item (with its ETag) and when it was written.</summary>
    private sealed record Entry(StoreItem Item, DateTimeOffset UpdatedUtc);
}
