namespace TriageBot.Dialogs.Storage;

/// <summary>The store could not do what was asked; the message names the operation and the cause.</summary>
public class StorageException : Exception
{
    public StorageException()
    {
    }

    public StorageException(string message)
        : base(message)
    {
    }

    public StorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
