using TriageBot.Cards.Builders;
using TriageBot.Cards.Views;
using TriageBot.Dialogs.QuestionBank;

namespace TriageBot.Dialogs.Triage;

/// <summary>
/// Builds the contact for the front door from what the professional said, in the form's order. A field
/// nobody supplied stays empty: nothing is invented. Answers are quoted with their question, so the
/// reader knows what was asked; the child's own words stay verbatim.
/// </summary>
public static class ContactDraft
{
    public static HandoffView Build(TriageContent content, FinishedAssessment finished, HandoffDetails details)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(finished);
        ArgumentNullException.ThrowIfNull(details);
        var answers = finished.Answers;
        var assessment = AssessmentDialog.Assess(content, finished);
        var byField = AnswersByField(content, answers);

        string? Field(string name, params IEnumerable<string?> extra)
        {
            var lines = byField.GetValueOrDefault(name, []).Concat(extra.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e!)).ToList();
            return lines.Count == 0 ? null : string.Join("\n", lines);
        }

        string? Domain(string domain) => assessment is null
            ? null
            : string.Join("\n", assessment.Indicators.Where(i => i.Domain == domain && i.Level > 1).Select(i => $"Indicator: {i.Text} (Level {i.Level}; {i.Source})")) is { Length: > 0 } s ? s : null;

        var topics = answers.Topics.Count == 0 ? null : "Concerns raised about: " + string.Join(", ", answers.Topics.Select(t => content.Topic(t).Title)) + ".";
        var danger = answers.ImmediateDanger ? "The professional said the child was in immediate danger at the time of the conversation." : null;
        var consentKind = assessment?.Consent.Kind;
        var fields = new List<HandoffField>
        {
            new(HandoffSection.NatureOfConcerns, Field(ContactFields.NatureOfConcerns, topics)),
            new(HandoffSection.ChildsOwnWords, Field(ContactFields.ChildsWords)),
            new(HandoffSection.LevelAndIndicators, assessment is null ? null : HandoffCard.LevelAndIndicators(TriageMessages.Level(assessment.Level, assessment.Framework), [.. assessment.Indicators.Select(TriageMessages.Indicator)])),
            new(HandoffSection.HarmOrRisk, Field(ContactFields.HarmOrRisk, danger)),
            new(HandoffSection.DevelopmentalNeeds, Field(ContactFields.DevelopmentalNeeds, Domain("child-development"))),
            new(HandoffSection.ParentalCapacity, Field(ContactFields.ParentalCapacity, Domain("parents-and-carers"))),
            new(HandoffSection.FamilyAndEnvironment, Field(ContactFields.FamilyFactors, Domain("family-and-environment"))),
            new(HandoffSection.Strengths, Field(ContactFields.Strengths, assessment is null ? null : string.Join("\n", assessment.Strengths.Select(s => $"Strength: {s.Text} ({s.Source})")))),
            new(HandoffSection.ViewsOfChildAndFamily, Field(ContactFields.ViewsOfChildAndFamily, details.Views)),
            new(HandoffSection.ConsentStatus, Field(ContactFields.ParentsAware, consentKind is { } k ? HandoffCard.ConsentStatus(TriageMessages.Consent(k)) : null)),
            new(HandoffSection.ConsentRationale, details.ConsentRationale),
            new(HandoffSection.WhatHasBeenTried, Field(ContactFields.TriedAndByWhom)),
            new(HandoffSection.AgenciesInvolved, Field(ContactFields.AgenciesInvolved, details.Agencies)),
            new(HandoffSection.ChildDetails, Join(details.Child, answers.ChildAgeYears is { } age ? $"Age: {age}" : null)),
            new(HandoffSection.ParentsCarersDetails, details.ParentsCarers),
            new(HandoffSection.ReferrerDetails, Join(details.Referrer, details.Involvement is { } inv ? $"Involvement: {inv}" : null)),
        };
        return new HandoffView { AreaName = content.AreaName, FormName = "MASH Contact form", Fields = fields };
    }

    private static string? Join(params string?[] parts) =>
        parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList() is { Count: > 0 } some ? string.Join("\n", some) : null;

    private static Dictionary<string, List<string>> AnswersByField(TriageContent content, TriageAnswers answers)
    {
        var byField = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (id, answer) in answers.Answers)
        {
            if (answer.IsNotKnown || content.FindQuestion(id) is not var (_, question) || question.ContactField is not { } field)
            {
                continue;
            }

            var words = QuestionnaireDialog.Describe(question, answer);
            var line = field == ContactFields.ChildsWords ? $"\"{words}\"" : $"{question.Text} {words}";
            if (!byField.TryGetValue(field, out var lines))
            {
                byField[field] = lines = [];
            }

            lines.Add(line);
        }

        return byField;
    }
}

/// <summary>The identifying details asked only when the professional chooses to prepare the contact.</summary>
public sealed record HandoffDetails
{
    public string? Child { get; init; }

    public string? ParentsCarers { get; init; }

    public string? Referrer { get; init; }

    public string? Involvement { get; init; }

    public string? Views { get; init; }

    public string? Agencies { get; init; }

    public string? ConsentRationale { get; init; }
}
