namespace TriageBot.Dialogs.Engine;

public enum DialogReason
{
    EndCalled,
    ReplaceCalled,
    CancelCalled,
}
