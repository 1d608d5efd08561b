namespace TriageBot.Dialogs.Storage;

/// <summary>
/// Key/value state store with optimistic concurrency, in the manner of the Bot Framework SDK's IStorage.
/// Failures surface as <see cref="StorageException"/>; a stale ETag as <see cref="StorageConcurrencyException"/>.
/// </summary>
public interface IStorage
{
    /// <summary>Reads the items that exist; missing keys are simply absent from the result.</summary>
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(string[] keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes all items or none. An item whose ETag is neither null nor "*" must match the stored ETag
    /// (the empty string matches only an absent item, so it means "create only"), otherwise the whole
    /// write fails with <see cref="StorageConcurrencyException"/>. <see cref="StoreItem.Deletion"/> removes its key.
    /// </summary>
    Task WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default);

    /// <summary>
    /// A key no item holds yet (see <see cref="StateKeys.SnapshotPrefix"/>), for a document written once, seldom read and
    /// then deleted: a "back" snapshot. Stores may keep these apart from the rest; SQLite appends them to a table with no
    /// index to update. Write it with <see cref="StoreItem.NewItemETag"/>: if another process took the same key first, the
    /// write is refused and the turn runs again with a new one.
    /// </summary>
    string NewSnapshotKey();

    Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default);

    /// <summary>Deletes every item not written within <paramref name="retention"/>; returns how many went.</summary>
    Task<int> PurgeOlderThanAsync(TimeSpan retention, TimeProvider time, CancellationToken cancellationToken = default);
}
