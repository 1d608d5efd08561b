namespace TriageBot.Dialogs.Engine;

/// <summary>A step read a result or value as the wrong type: a programming error, named clearly.</summary>
public sealed class DialogResultException : Exception
{
    public DialogResultException()
    {
    }

    public DialogResultException(string message)
        : base(message)
    {
    }

    public DialogResultException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
