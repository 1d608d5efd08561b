using TriageBot.Dialogs.Storage;

namespace TriageBot.Dialogs.Tests.Harness;

/// <summary>
/// Wraps a store so that the next N reads wait for each other: N turns then all start from the same state,
/// which is exactly the race two simultaneous messages of one conversation create.
/// </summary>
public sealed class GatedStorage(IStorage inner) : IStorage
{
    private readonly Lock _gate = new();
    private TaskCompletionSource? _allArrived;
    private int _waiting;

    public int Writes { get; private set; }

    public int Conflicts { get; private set; }

    public void HoldReads(int count)
    {
        lock (_gate)
        {
            _allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting = count;
        }
    }

    public string NewSnapshotKey() => inner.NewSnapshotKey();

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var items = await inner.ReadAsync(keys, cancellationToken);
        Task? wait = null;
        lock (_gate)
        {
            if (_allArrived is { } arrived)
            {
                if (--_waiting == 0)
                {
                    _allArrived = null;
                    arrived.SetResult();
                }

                wait = arrived.Task;
            }
        }

        if (wait is not null)
        {
            await wait.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        }

        return items;
    }

    public async Task WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        try
        {
            await inner.WriteAsync(changes, cancellationToken);
            lock (_gate)
            {
                Writes++;
            }
        }
        catch (StorageConcurrencyException)
        {
            lock (_gate)
            {
                Conflicts++;
            }

            throw;
        }
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);

    public Task<int> PurgeOlderThanAsync(TimeSpan retention, TimeProvider time, CancellationToken cancellationToken = default) =>
        inner.PurgeOlderThanAsync(retention, time, cancellationToken);
}
