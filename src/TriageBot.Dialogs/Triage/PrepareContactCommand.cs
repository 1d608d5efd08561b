using System.Text.Json;
using TriageBot.Cards;
using TriageBot.Cards.Views;
using TriageBot.Dialogs.Engine;

namespace TriageBot.Dialogs.Triage;

/// <summary>"Prepare the contact" on the answer card (or typed): begins the hand-off for the last finished assessment.</summary>
public sealed class PrepareContactCommand : IGlobalCommand
{
    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "prepare the contact", "prepare contact", "prepare a contact", "contact form", "hand off", "handoff", "mash contact",
    };

    public async Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!WhoToCallCommand.Matches(dc.Context.Input, CardProtocol.CommandPrepareContact, Phrases))
        {
            return false;
        }

        if (dc.ActiveDialog is not null)
        {
            dc.Context.Send(TriageMessages.Message("Let's finish first", "Let's finish these questions first: the contact is prepared from your answers. The 'Prepare the contact' button works on the answer card."));
            return true;
        }

        if (dc.Context.ConversationValues.Get(AssessmentDialog.LastAssessmentKey) is not { ValueKind: JsonValueKind.Object } saved
            || saved.Deserialize<FinishedAssessment>(DialogJson.Options) is not { } finished)
        {
            dc.Context.Send(TriageMessages.Message(
                "No assessment yet",
                "There is no finished assessment in this conversation to prepare a contact from. Say 'start' to begin one.",
                MessageTone.Info,
                new CommandButton("Start", CardProtocol.CommandStart)));
            return true;
        }

        await dc.BeginDialogAsync(nameof(TriageDialog), new TriageStart(finished), cancellationToken);
        return true;
    }
}
