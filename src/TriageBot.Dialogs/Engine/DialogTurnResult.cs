using System.Text.Json;

namespace TriageBot.Dialogs.Engine;

public sealed record DialogTurnResult(DialogTurnStatus Status, JsonElement? Result = null)
{
    public static readonly DialogTurnResult Waiting = new(DialogTurnStatus.Waiting);

    public static readonly DialogTurnResult Empty = new(DialogTurnStatus.Empty);
}
