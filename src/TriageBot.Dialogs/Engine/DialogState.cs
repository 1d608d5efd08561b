using System.Text.Json;
using System.Text.Json.Serialization;

namespace TriageBot.Dialogs.Engine;

/// <summary>
/// What a dialog instance remembers between turns, typed, so the conversation's JSON is read into it once and
/// written from it once. A waterfall uses the step index, values and options, a prompt its question and failures.
/// </summary>
/// <remarks>
/// The stored layout is the one the state had as a free-form JSON object (camelCase names, absent when unused),
/// so conversations saved before it was typed go on. Unset fields are left out rather than written as null: a
/// prompt's state does not gain a waterfall's fields, and a reader finds a missing field as it found a null one.
/// </remarks>
public sealed class DialogState
{
    /// <summary>The waterfall step waiting for a result.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? StepIndex { get; set; }

    /// <summary>The waterfall's <see cref="WaterfallStepContext.Values"/>; a stored "not known" is a JSON null element.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, JsonElement>? Values { get; set; }

    /// <summary>
    /// The options the waterfall was begun with, as JSON: each read deserializes them anew, so a step that changes
    /// what it read does not change what later steps read. Null, or a JSON null as saved before, means none.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Options { get; set; }

    /// <summary>The question a prompt asked, as last shown (nonce included).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PromptSpec? Spec { get; set; }

    /// <summary>How many invalid answers the prompt has had since it was last asked afresh.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Failures { get; set; }
}
