using Microsoft.Extensions.Logging;
using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Storage;

namespace TriageBot.Dialogs.Triage;

/// <summary>Builds the conversation runner for an area: the triage dialogs, card rendering and the commands that work anywhere.</summary>
public static class TriageBotDialogs
{
    public static DialogRunner CreateRunner(TriageContent content, IStorage storage, TimeProvider clock, TimeSpan retention, ILogger<DialogRunner>? logger = null, DialogRunnerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new DialogRunner(
            new TriageDialog(content, retention),
            storage,
            new CardPromptRenderer(content),
            clock,
            options,
            logger,
            [new WhoToCallCommand(content), new PrepareContactCommand()]);
    }
}
