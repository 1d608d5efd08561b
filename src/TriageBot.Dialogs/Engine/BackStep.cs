using System.Text.Json;

namespace TriageBot.Dialogs.Engine;

/// <summary>One question "back" can return to: its nonce and the whole dialog stack as it was when it was asked.</summary>
/// <remarks>
/// The stack is kept as raw JSON, parsed only when "back" is used: every turn reads and writes the whole history,
/// and parsing each snapshot into objects on every turn was most of a turn's cost.
/// </remarks>
internal sealed class BackStep
{
    public required string Nonce { get; init; }

    public required JsonElement Stack { get; init; }
}
