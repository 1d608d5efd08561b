namespace TriageBot.Dialogs.Storage;

/// <summary>A write carried an ETag that no longer matches: someone else wrote the item first.</summary>
public sealed class StorageConcurrencyException : StorageException
{
    public StorageConcurrencyException()
    {
    }

    public StorageConcurrencyException(string message)
        : base(message)
    {
    }

    public StorageConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
