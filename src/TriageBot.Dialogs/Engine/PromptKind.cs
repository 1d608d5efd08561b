namespace TriageBot.Dialogs.Engine;

public enum PromptKind
{
    Text,
    Number,
    Date,
    Confirm,
    Choice,
    MultiChoice,
}
