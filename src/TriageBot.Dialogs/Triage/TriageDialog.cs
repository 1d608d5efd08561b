using TriageBot.Dialogs.Engine;

namespace TriageBot.Dialogs.Triage;

/// <summary>The root of every conversation: the assessment, its questionnaire, the hand-off, and the prompts they share.</summary>
public sealed class TriageDialog : ComponentDialog
{
    public TriageDialog(TriageContent content, TimeSpan retention)
        : base(nameof(TriageDialog))
    {
        ArgumentNullException.ThrowIfNull(content);
        AddDialog(new StartDialog());
        AddDialog(new AssessmentDialog(content));
        AddDialog(new QuestionnaireDialog(content));
        AddDialog(new HandoffDialog(content, retention));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt)));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
        AddDialog(new MultiChoicePrompt(nameof(MultiChoicePrompt)));
        AddDialog(new NumberPrompt(nameof(NumberPrompt)));
        AddDialog(new DatePrompt(nameof(DatePrompt)));
        AddDialog(new TextPrompt(nameof(TextPrompt)));
        HelpText = "TriageBot asks the questions the front door would ask, then gives the level of need, who to contact now and the consent step, citing the threshold guidance. It advises; you decide. If a child is in immediate danger, call 999.";
    }
}
