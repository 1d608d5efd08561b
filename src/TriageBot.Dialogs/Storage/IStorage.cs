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

    Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default);

    /// <summary>Deletes every item not written within <paramref name="retention"/>; returns how many went.</summary>
    Task<int> PurgeOlderThanAsync(TimeSpan retention, TimeProvider time, CancellationToken cancellationToken = default);
}
