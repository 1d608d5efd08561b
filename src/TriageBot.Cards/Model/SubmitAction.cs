using System.Text.Json.Nodes;

namespace TriageBot.Cards.Model;

/// <summary>
/// Action.Submit: the bot receives a message whose <c>value</c> is <see cref="Data"/> merged with the
/// card's input values by id.
/// </summary>
public sealed record SubmitAction : CardAction
{
    public JsonObject? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
