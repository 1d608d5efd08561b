using Microsoft.Extensions.Logging;
using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Storage;

namespace TriageBot.Dialogs.Triage;

/// <summary>Builds the conversation runner for an area: the triage dialogs, card rendering and the commands that work anywhere.</summary>
public static class TriageBotDialogs
{
    /// <summary>
    /// How many questions "back" can return through: enough for a whole assessment. Each is a snapshot of the dialog
    /// stack stored in a slot of its own and read only when "back" is used, so the number costs a turn nothing.
    /// </summary>
    public const int BackSteps = 40;

    public static DialogRunner CreateRunner(TriageContent content, IStorage storage, TimeProvider clock, TimeSpan retention, ILogger<DialogRunner>? logger = null, DialogRunnerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new DialogRunner(
            new TriageDialog(content, retention),
            storage,
            new CardPromptRenderer(content),
            clock,
            options ?? new DialogRunnerOptions { MaxBackSteps = BackSteps },
            logger,
            [new WhoToCallCommand(content), new PrepareContactCommand()]);
    }
}
