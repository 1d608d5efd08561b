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

    /// <summary>The one wording for a refused write, whichever store refused it.</summary>
    internal static StorageConcurrencyException Refused(string key, string? requested, string? stored) =>
        new($"Write of '{key}' was refused: it changed since it was read (ETag '{requested}', stored '{stored ?? "none"}').");
}
