using System.Text.Json.Nodes;

namespace TriageBot.Dialogs.Engine;

/// <summary>Per-user values, shared by all of the user's conversations.</summary>
internal sealed class UserState
{
    public JsonObject Values { get; init; } = [];
}
