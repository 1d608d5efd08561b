using System.Globalization;

namespace TriageBot.Dialogs.QuestionBank;

/// <summary>
/// What the data says about one question and one answer: whether to ask it, which indicators the answer
/// evidences, and whether it means immediate danger. Pure functions over the bank's records.
/// </summary>
public static class QuestionRules
{
    /// <summary>
    /// True when the question has no <c>askWhen</c>, or any of its conditions holds for an earlier answer.
    /// A condition on a question that was not answered (skipped, or not reached) does not hold.
    /// </summary>
    public static bool ShouldAsk(Question question, IReadOnlyDictionary<string, Answer> answersSoFar)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answersSoFar);
        return question.AskWhen.Count == 0
            || question.AskWhen.Any(c => answersSoFar.TryGetValue(c.Question, out var earlier) && c.Condition.Matches(earlier));
    }

    /// <summary>The indicators this answer evidences, one hit per matching rule, in the file's order.</summary>
    /// <exception cref="ArgumentException">The answer is not one this question can take (see <see cref="Problem"/>).</exception>
    public static IReadOnlyList<EvidenceHit> Evidence(Question question, Answer answer)
    {
        EnsureFits(question, answer);
        return [.. question.Evidence
            .Where(rule => rule.When.Matches(answer))
            .Select(rule => new EvidenceHit(question.Id, rule.Indicator, rule.Rationale ?? ""))];
    }

    /// <exception cref="ArgumentException">The answer is not one this question can take (see <see cref="Problem"/>).</exception>
    public static bool IsImmediateDanger(Question question, Answer answer)
    {
        EnsureFits(question, answer);
        return question.ImmediateDanger is { } danger && danger.When.Matches(answer);
    }

    /// <summary>Why the answer does not fit the question (wrong kind, unknown option, out of range), or null when it fits.</summary>
    public static string? Problem(Question question, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        var spec = question.Answer;
        if (spec.Kind is not { } type)
        {
            return $"question {question.Id} has an unknown answer type '{spec.Type}'";
        }

        if (answer.IsNotKnown)
        {
            return spec.AllowNotKnown ? null : $"question {question.Id} does not accept 'not known'";
        }

        var expected = type switch
        {
            AnswerType.YesNo or AnswerType.Choice or AnswerType.MultiChoice => AnswerKind.Choice,
            AnswerType.Number => AnswerKind.Number,
            AnswerType.Date => AnswerKind.Date,
            _ => AnswerKind.Text,
        };
        if (answer.Kind != expected)
        {
            return $"question {question.Id} takes a {spec.Type} answer, not a {answer.Kind.ToString().ToLowerInvariant()}";
        }

        switch (type)
        {
            case AnswerType.YesNo or AnswerType.Choice when answer.Values.Count != 1:
                return $"question {question.Id} takes one value, not {answer.Values.Count}";
            case AnswerType.MultiChoice when answer.Values.Distinct(StringComparer.Ordinal).Count() != answer.Values.Count:
                return $"question {question.Id} was given the same value twice";
            case AnswerType.Number when spec.Min is { } min && answer.Number < min:
                return $"question {question.Id} takes a number of at least {min.ToString(CultureInfo.InvariantCulture)}";
            case AnswerType.Number when spec.Max is { } max && answer.Number > max:
                return $"question {question.Id} takes a number of at most {max.ToString(CultureInfo.InvariantCulture)}";
            default:
                break;
        }

        // "not known" is its own answer kind, never one value among chosen options.
        var allowed = spec.Values.Where(v => v != Answer.NotKnownValue).ToList();
        // The offending value is not repeated: it may be something a user typed, and messages reach logs.
        return answer.Values.All(v => allowed.Contains(v, StringComparer.Ordinal))
            ? null
            : $"question {question.Id} was given a value that is not one of its answers ({string.Join(", ", allowed)})";
    }

    private static void EnsureFits(Question question, Answer answer)
    {
        if (Problem(question, answer) is { } problem)
        {
            throw new ArgumentException(problem, nameof(answer));
        }
    }
}
