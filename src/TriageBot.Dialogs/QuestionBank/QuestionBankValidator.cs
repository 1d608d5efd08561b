namespace TriageBot.Dialogs.QuestionBank;

/// <summary>
/// Checks what JSON deserialisation cannot: the rules between fields, between questions and against the
/// threshold pack. It reports every problem rather than stopping at the first, so one review fixes them all.
/// </summary>
public static class QuestionBankValidator
{
    /// <param name="topics">The topics as loaded, in the order they are asked.</param>
    /// <param name="knownIndicatorIds">The pack's indicator ids; when null, indicator ids are not checked.</param>
    public static IReadOnlyList<QuestionBankProblem> Validate(IReadOnlyList<Topic> topics, IReadOnlySet<string>? knownIndicatorIds = null)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var problems = new List<QuestionBankProblem>();
        var topicIds = new HashSet<string>(StringComparer.Ordinal);
        var questionFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var topic in topics)
        {
            void TopicProblem(string message) => problems.Add(new QuestionBankProblem(topic.File, null, message));

            if (!topicIds.Add(topic.Id))
            {
                TopicProblem($"topic '{topic.Id}' appears twice");
            }

            if (topic.File.EndsWith(".json", StringComparison.Ordinal) && Path.GetFileNameWithoutExtension(topic.File) != topic.Id)
            {
                TopicProblem($"topic '{topic.Id}' does not match its file name");
            }

            if (string.IsNullOrWhiteSpace(topic.Title) || string.IsNullOrWhiteSpace(topic.Hint) || string.IsNullOrWhiteSpace(topic.Source))
            {
                TopicProblem("title, hint and source must not be blank");
            }

            if (topic.Questions.Count == 0)
            {
                TopicProblem("has no questions");
            }

            // Questions seen so far in this topic: askWhen may only look back, so the flow never waits on a later answer.
            var earlier = new Dictionary<string, Question>(StringComparer.Ordinal);
            foreach (var question in topic.Questions)
            {
                var context = new Context(topic, question, problems, knownIndicatorIds);
                if (questionFiles.TryGetValue(question.Id, out var firstFile))
                {
                    context.Add($"duplicate question id (first in {firstFile})");
                }
                else
                {
                    questionFiles.Add(question.Id, topic.File);
                }

                CheckQuestion(context, earlier);
                earlier.TryAdd(question.Id, question);
            }
        }

        return problems;
    }

    private static void CheckQuestion(Context c, Dictionary<string, Question> earlier)
    {
        var q = c.Question;
        if (!q.Id.StartsWith(c.Topic.Id + ".", StringComparison.Ordinal))
        {
            c.Add($"id does not start with its topic '{c.Topic.Id}.'");
        }

        if (string.IsNullOrWhiteSpace(q.Text))
        {
            c.Add("text is blank");
        }

        if (q.ContactField is { } field && !ContactFields.All.Contains(field))
        {
            c.Add($"unknown contactField '{field}' (known: {string.Join(", ", ContactFields.All)})");
        }

        CheckAnswerSpec(c);

        foreach (var ask in q.AskWhen)
        {
            if (!earlier.TryGetValue(ask.Question, out var target))
            {
                c.Add(ask.Question == q.Id || c.Topic.Questions.Any(other => other.Id == ask.Question)
                    ? $"askWhen points at '{ask.Question}', which is not asked before it"
                    : $"askWhen points at unknown question '{ask.Question}' (it must be an earlier question of this topic)");
                continue;
            }

            if (ask.In is not null && ask.Condition.IsRange)
            {
                c.Add($"askWhen on '{ask.Question}' gives both 'in' and a range: use one");
            }

            CheckCondition(c, ask.Condition, target.Answer, $"askWhen on '{ask.Question}'");
        }

        foreach (var rule in q.Evidence)
        {
            if (string.IsNullOrWhiteSpace(rule.Indicator))
            {
                c.Add("evidence has no indicator");
            }
            else if (c.KnownIndicatorIds is not null && !c.KnownIndicatorIds.Contains(rule.Indicator))
            {
                c.Add($"evidence names indicator '{rule.Indicator}', which is not in the pack");
            }

            if (string.IsNullOrWhiteSpace(rule.Rationale))
            {
                c.Add($"evidence for '{rule.Indicator}' has no rationale");
            }

            CheckCondition(c, rule.When, q.Answer, $"evidence for '{rule.Indicator}'");
        }

        if (q.ImmediateDanger is { } danger)
        {
            if (string.IsNullOrWhiteSpace(danger.Rationale))
            {
                c.Add("immediateDanger has no rationale");
            }

            CheckCondition(c, danger.When, q.Answer, "immediateDanger");
        }
    }

    private static void CheckAnswerSpec(Context c)
    {
        var spec = c.Question.Answer;
        if (spec.Kind is not { } type)
        {
            c.Add($"unknown answer type '{spec.Type}' (known: {string.Join(", ", AnswerTypes.Names)})");
            return;
        }

        var isChoice = type is AnswerType.Choice or AnswerType.MultiChoice;
        if (isChoice && (spec.Options is null || spec.Options.Count == 0))
        {
            c.Add($"a {spec.Type} answer needs options");
        }
        else if (!isChoice && spec.Options is not null)
        {
            c.Add($"a {spec.Type} answer takes no options");
        }

        foreach (var option in spec.Options ?? [])
        {
            if (string.IsNullOrWhiteSpace(option.Value) || string.IsNullOrWhiteSpace(option.Label))
            {
                c.Add("an option has a blank value or label");
            }
            else if (option.Value == Answer.NotKnownValue)
            {
                c.Add($"option value '{Answer.NotKnownValue}' is reserved: use allowNotKnown");
            }
        }

        foreach (var duplicate in (spec.Options ?? []).GroupBy(o => o.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            c.Add($"option value '{duplicate.Key}' appears twice");
        }

        if (type != AnswerType.Number && (spec.Min is not null || spec.Max is not null))
        {
            c.Add($"a {spec.Type} answer takes no min or max");
        }
        else if (spec.Min > spec.Max)
        {
            c.Add($"min {spec.Min} is above max {spec.Max}");
        }
    }

    private static void CheckCondition(Context c, AnswerCondition condition, AnswerSpec answeredBy, string what)
    {
        if (answeredBy.Kind is not { } type)
        {
            return; // already reported as an unknown answer type
        }

        if (condition.IsRange)
        {
            if (type != AnswerType.Number)
            {
                c.Add($"{what} uses a number range on a {answeredBy.Type} answer");
            }
            else if (condition.AtLeast > condition.AtMost)
            {
                c.Add($"{what} has atLeast above atMost: no answer can match");
            }

            return;
        }

        var values = condition.Values ?? [];
        if (values.Count == 0)
        {
            c.Add($"{what} lists no answer values");
        }

        var allowed = answeredBy.Values;
        foreach (var value in values.Where(v => !allowed.Contains(v, StringComparer.Ordinal)))
        {
            c.Add($"{what} names '{value}', which is not among the answers ({string.Join(", ", allowed)})");
        }
    }

    private sealed record Context(Topic Topic, Question Question, List<QuestionBankProblem> Problems, IReadOnlySet<string>? KnownIndicatorIds)
    {
        public void Add(string message) => Problems.Add(new QuestionBankProblem(Topic.File, Question.Id, message));
    }
}
