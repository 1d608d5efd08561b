using System.Text.Json.Nodes;

namespace TriageBot.Cards.Model;

/// <summary>Action.Execute: arrives as an <c>adaptiveCard/action</c> invoke carrying the verb and data.</summary>
public sealed record ExecuteAction : CardAction
{
    public required string Verb { get; init; }

    public JsonObject? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
