namespace TriageBot.Dialogs.Engine;

public enum ConfirmAnswer
{
    Yes,
    No,
    NotKnown,
}
