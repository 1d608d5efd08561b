using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Triage;

namespace TriageBot.Hosting;

/// <summary>
/// WORKAROUND, to delete when TriageBot.Dialogs is fixed: <c>ConfirmPrompt</c> fills a yes/no question's choices and
/// <c>CardPromptRenderer</c> passes them to <c>QuestionCard</c>, which rejects options on a yes/no card (it draws its
/// own Yes / No / Not known buttons), so every yes/no question failed with an apology. Typed answers are still matched
/// against the prompt's own choices; only what is drawn loses them.
/// </summary>
internal sealed class YesNoCardRenderer(CardPromptRenderer inner) : IPromptRenderer
{
    public BotMessage Render(PromptSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return inner.Render(spec.Kind == PromptKind.Confirm ? spec with { Choices = [] } : spec);
    }
}
