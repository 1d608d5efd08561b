using TriageBot.Dialogs.QuestionBank;

namespace TriageBot.Dialogs.Triage;

/// <summary>
/// Everything the professional has answered so far, kept in the dialog state (so "back" and a restart see
/// exactly what was answered) and handed to the engine and the contact at the end.
/// </summary>
public sealed record TriageAnswers
{
    /// <summary>"yes", "no" or "not-known" for "Is the child in immediate danger right now?".</summary>
    public string? ImmediateDangerAnswer { get; init; }

    public int? ChildAgeYears { get; init; }

    /// <summary>Topic ids in the order they will be asked.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Answers by question id, in the order given.</summary>
    public IReadOnlyDictionary<string, Answer> Answers { get; init; } = new Dictionary<string, Answer>();

    /// <summary>The indicators the answers evidence, with the question and rationale, in the order found.</summary>
    public IReadOnlyList<EvidenceHit> Evidence { get; init; } = [];

    /// <summary>True once any answer (or the first question) said the child is in immediate danger now.</summary>
    public bool ImmediateDanger { get; init; }

    /// <summary>not-yet-sought, given, declined or would-place-at-risk.</summary>
    public string? Consent { get; init; }

    /// <summary>Where the next question is: topic index and question index within it.</summary>
    public int TopicIndex { get; init; }

    public int QuestionIndex { get; init; }

    public TriageAnswers With(Question question, Answer answer)
    {
        var answers = new Dictionary<string, Answer>(Answers, StringComparer.Ordinal) { [question.Id] = answer };
        // An answer the question cannot take (a prompt gave up after its retries) is kept but evidences nothing.
        var fits = QuestionRules.Problem(question, answer) is null;
        var evidence = Evidence.Where(e => e.QuestionId != question.Id).Concat(fits ? QuestionRules.Evidence(question, answer) : []).ToList();
        return this with
        {
            Answers = answers,
            Evidence = evidence,
            ImmediateDanger = ImmediateDanger || (fits && QuestionRules.IsImmediateDanger(question, answer)),
        };
    }
}
