using System.Text.Json.Serialization;

namespace TriageBot.Dialogs.QuestionBank;

/// <summary>What kind of answer a question takes.</summary>
public sealed record AnswerSpec
{
    /// <summary>
    /// Kept as the file's string (see <see cref="AnswerTypes"/>) so that an unknown type is reported by the
    /// validator with its file and question id instead of failing the whole file at load.
    /// </summary>
    public required string Type { get; init; }

    /// <summary>For choice and multi-choice only.</summary>
    public IReadOnlyList<AnswerOption>? Options { get; init; }

    /// <summary>For number only.</summary>
    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    /// <summary>Offers "not known" as an answer (value <c>not-known</c>); callers often do not know.</summary>
    public bool AllowNotKnown { get; init; }

    [JsonIgnore]
    public AnswerType? Kind => AnswerTypes.Parse(Type);

    /// <summary>
    /// The values a <c>when</c> or <c>askWhen.in</c> list may name: yes/no, the option values, and
    /// <c>not-known</c> where allowed. Number, date and text answers have no values beyond <c>not-known</c>.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<string> Values
    {
        get
        {
            IEnumerable<string> values = Kind switch
            {
                AnswerType.YesNo => [Answer.YesValue, Answer.NoValue],
                AnswerType.Choice or AnswerType.MultiChoice => (Options ?? []).Select(o => o.Value),
                _ => [],
            };
            return AllowNotKnown ? [.. values, Answer.NotKnownValue] : [.. values];
        }
    }
}
