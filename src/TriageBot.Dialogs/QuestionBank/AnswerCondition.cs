using System.Text.Json.Serialization;

namespace TriageBot.Dialogs.QuestionBank;

/// <summary>
/// Which answers a rule applies to. In the files a <c>when</c> is either a list of answer values
/// (<c>["none", "soiled"]</c>; a multi-choice answer matches when any chosen value is listed, "not known"
/// matches <c>not-known</c>) or, for number answers, a range object (<c>{"atLeast": 2}</c>, <c>{"atMost": 0}</c>,
/// both bounds inclusive).
/// </summary>
[JsonConverter(typeof(AnswerConditionConverter))]
public sealed record AnswerCondition(IReadOnlyList<string>? Values, decimal? AtLeast = null, decimal? AtMost = null)
{
    public bool IsRange => AtLeast is not null || AtMost is not null;

    public bool Matches(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (Values is not null)
        {
            return answer.IsNotKnown
                ? Values.Contains(Answer.NotKnownValue, StringComparer.Ordinal)
                : answer.Values.Any(v => Values.Contains(v, StringComparer.Ordinal));
        }

        return IsRange
            && answer.Number is { } n
            && (AtLeast is null || n >= AtLeast)
            && (AtMost is null || n <= AtMost);
    }

    /// <summary>How the condition reads in a problem report.</summary>
    public override string ToString() => Values is not null
        ? "[" + string.Join(", ", Values) + "]"
        : string.Join(" and ", new[] { AtLeast is null ? null : $"at least {AtLeast}", AtMost is null ? null : $"at most {AtMost}" }.OfType<string>());
}
