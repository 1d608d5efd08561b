using System.Text.Json;

namespace TriageBot.Dialogs.Engine;

/// <summary>Per-user values, shared by all of the user's conversations.</summary>
internal sealed class UserState
{
    public Dictionary<string, JsonElement> Values { get; init; } = new(StringComparer.Ordinal);
}
