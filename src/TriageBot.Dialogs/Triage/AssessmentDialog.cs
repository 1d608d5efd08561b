using System.Text.Json;
using NodaTime;
using TriageBot.Cards.Views;
using TriageBot.Dialogs.Engine;
using TriageBot.Thresholds.Engine;
using TriageBot.Thresholds.Model;

namespace TriageBot.Dialogs.Triage;

/// <summary>
/// The assessment, as the front door would take it on the phone: immediate danger first (999 at once), the
/// child's age, what the worry is, that topic's questions, consent, then the engine's answer.
/// </summary>
public sealed class AssessmentDialog : WaterfallDialog
{
    public const string NotSure = "not-sure";
    public const string LastAssessmentKey = "lastAssessment";
    private const string AnswersKey = "answers";
    private readonly TriageContent _content;

    public AssessmentDialog(TriageContent content)
        : base(nameof(AssessmentDialog))
    {
        _content = content;
        AddStep(DangerStepAsync);
        AddStep(AgeStepAsync);
        AddStep(WorriesStepAsync);
        AddStep(NotSureStepAsync);
        AddStep(QuestionsStepAsync);
        AddStep(ConsentStepAsync);
        AddStep(RiskStepAsync);
        AddStep(ResultStepAsync);
        HelpText = "I ask the questions the front door would ask on the phone, then tell you the level of need, who to contact now and the consent step, with the reasons from the threshold guidance. TriageBot advises; you decide. If a child is in immediate danger, call 999.";
    }

    private async Task<DialogTurnResult> DangerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var spec = PromptSpec.ForConfirm("Is the child in immediate danger right now?") with
        {
            QuestionId = "triage.immediate-danger",
            Progress = new PromptProgress(1, 3, "About the child"),
            AllowSkip = true,
            Help = "Immediate danger means the child could be harmed before anyone else can help, for example left alone with someone who is hurting them or too intoxicated to care for them. If so, call 999 now.",
        };
        return await step.PromptAsync(nameof(ConfirmPrompt), spec, cancellationToken);
    }

    private async Task<DialogTurnResult> AgeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var danger = step.Result.AsConfirm();
        var answers = new TriageAnswers
        {
            ImmediateDangerAnswer = danger switch { ConfirmAnswer.Yes => "yes", ConfirmAnswer.No => "no", _ => "not-known" },
            ImmediateDanger = danger == ConfirmAnswer.Yes,
        };
        Save(step, answers);
        if (danger == ConfirmAnswer.Yes)
        {
            step.Context.Send(TriageMessages.CallNineNineNine(_content, Now(step)));
        }
        else if (danger == ConfirmAnswer.NotKnown)
        {
            step.Context.Send(TriageMessages.Message("If you are not sure", "If you think the child could be harmed before anyone else can help, call 999 now. Otherwise, let's carry on.", MessageTone.Warning));
        }

        var spec = PromptSpec.ForNumber("How old is the child, in years? (0 for a baby under one)", 0, 17) with
        {
            QuestionId = "triage.age",
            Progress = new PromptProgress(2, 3, "About the child"),
            AllowSkip = true,
        };
        return await step.PromptAsync(nameof(NumberPrompt), spec, cancellationToken);
    }

    private async Task<DialogTurnResult> WorriesStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Save(step, Load(step) with { ChildAgeYears = step.Result.AsNumber() });
        return await step.PromptAsync(nameof(MultiChoicePrompt), WorriesSpec(includeNotSure: true), cancellationToken);
    }

    private async Task<DialogTurnResult> NotSureStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var chosen = step.Result.AsChoices() ?? [];
        if (chosen.Count > 0 && !chosen.Contains(NotSure))
        {
            return await step.NextAsync(step.Result, cancellationToken);
        }

        var hints = string.Join("\n", _content.Topics.Select((t, i) => $"{i + 1}. {t.Title}: {t.Hint}"));
        step.Context.Send(TriageMessages.Message("The topics", "Here is what each topic covers:\n\n" + hints + "\n\nIf more than one fits, choose them all: the answers are combined into one assessment."));
        return await step.PromptAsync(nameof(MultiChoicePrompt), WorriesSpec(includeNotSure: false), cancellationToken);
    }

    private async Task<DialogTurnResult> QuestionsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var topics = (step.Result.AsChoices() ?? []).Where(_content.HasTopic).ToList();
        if (topics.Count == 0)
        {
            topics.Add("significant-harm");
            step.Context.Send(TriageMessages.Message("Checking for significant harm", "As no topic was chosen, I'll go through the signs of significant harm (Appendix 1) with you."));
        }

        var answers = Load(step) with { Topics = topics };
        return await step.BeginDialogAsync(nameof(QuestionnaireDialog), answers, cancellationToken);
    }

    private async Task<DialogTurnResult> ConsentStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Save(step, Read(step.Result));
        var spec = PromptSpec.ForChoice(
            "Consent: have the parents (or the young person, if appropriate) agreed to you sharing your concerns?",
            new PromptChoice("given", "Yes, they agreed", ["yes", "agreed", "given"]),
            new PromptChoice("declined", "No, they declined", ["no", "declined", "refused"]),
            new PromptChoice("not-yet-sought", "Not asked yet", ["not asked", "not yet", "not sought"])) with
        {
            QuestionId = "triage.consent",
            Progress = new PromptProgress(1, 2, "Consent"),
            Help = "Consent should be sought before sharing information or referring, unless seeking it would place a child or adult at risk of further harm (Plymouth, 2022, Consent).",
        };
        return await step.PromptAsync(nameof(ChoicePrompt), spec, cancellationToken);
    }

    private async Task<DialogTurnResult> RiskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var consent = step.Result.AsChoice() ?? "not-yet-sought";
        Save(step, Load(step) with { Consent = consent });
        if (consent != "not-yet-sought")
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var spec = PromptSpec.ForConfirm("Would asking for consent (or telling the parents) place the child or anyone else at risk of harm?") with
        {
            QuestionId = "triage.consent-risk",
            Progress = new PromptProgress(2, 2, "Consent"),
            AllowSkip = true,
            Help = "For example, if telling a parent could lead to the child being hurt, silenced or moved, or the evidence being lost.",
        };
        return await step.PromptAsync(nameof(ConfirmPrompt), spec, cancellationToken);
    }

    private async Task<DialogTurnResult> ResultStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answers = Load(step);
        if (answers.Consent == "not-yet-sought" && step.Result is not null && step.Result.AsConfirm() == ConfirmAnswer.Yes)
        {
            answers = answers with { Consent = "would-place-at-risk" };
        }

        var at = Now(step);
        var finished = new FinishedAssessment(answers, at.ToUnixTimeTicks());
        step.Context.ConversationValues.Set(LastAssessmentKey, JsonSerializer.SerializeToElement(finished, DialogJson.Options));
        step.Context.Send(Present(_content, finished));
        return await step.EndDialogAsync(finished, cancellationToken);
    }

    /// <summary>The recommendation for a finished assessment, or the "no indicator matched" answer.</summary>
    public static BotMessage Present(TriageContent content, FinishedAssessment finished)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(finished);
        if (Assess(content, finished) is { } assessment)
        {
            return TriageMessages.Recommendation(content, assessment);
        }

        var danger = finished.Answers.ImmediateDanger ? " You said the child is in immediate danger: call 999 now." : "";
        return TriageMessages.Message(
            "No threshold indicator matched",
            "Your answers did not match any indicator in the threshold guidance, so I can't suggest a level." + danger +
            " That does not mean there is no concern: talk to your safeguarding lead, and if you are still worried, call the front door for advice. Type 'who do I call now' for the numbers.",
            finished.Answers.ImmediateDanger ? MessageTone.Problem : MessageTone.Warning,
            new CommandButton("Who do I call now?", Cards.CardProtocol.CommandWhoToCall),
            new CommandButton("Start again", Cards.CardProtocol.CommandStartAgain));
    }

    /// <summary>The engine's answer for what was said; null when no indicator was evidenced.</summary>
    public static Assessment? Assess(TriageContent content, FinishedAssessment finished)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(finished);
        var answers = finished.Answers;
        var indicators = answers.Evidence.Select(e => e.IndicatorId).Distinct(StringComparer.Ordinal).ToList();
        if (indicators.Count == 0)
        {
            return null;
        }

        var consent = WireNames.TryParseConsentStatus(answers.Consent, out var status) ? status : ConsentStatus.NotYetSought;
        return content.Engine.Assess(new AssessmentRequest(indicators, Instant.FromUnixTimeTicks(finished.AtUnixTicks), answers.ImmediateDanger, consent, answers.ChildAgeYears));
    }

    private PromptSpec WorriesSpec(bool includeNotSure)
    {
        var choices = _content.Topics.Select(t => new PromptChoice(t.Id, t.Title)).ToList();
        if (includeNotSure)
        {
            choices.Add(new PromptChoice(NotSure, "Not sure", ["not sure", "unsure", "dont know which"]));
        }

        return PromptSpec.ForMultiChoice("What are you worried about? Choose one or more.", choices) with
        {
            QuestionId = "triage.worries",
            Progress = new PromptProgress(3, 3, "About the child"),
            Help = "Choose every topic that fits: the answers are combined into one assessment. 'Signs of significant harm' goes through the Appendix 1 list.",
        };
    }

    private static Instant Now(WaterfallStepContext step) => Instant.FromDateTimeOffset(step.Context.Clock.GetUtcNow());

    private static void Save(WaterfallStepContext step, TriageAnswers answers) =>
        step.Values.Set(AnswersKey, JsonSerializer.SerializeToElement(answers, DialogJson.Options));

    private static TriageAnswers Load(WaterfallStepContext step) => Read(step.Values.Get(AnswersKey));

    private static TriageAnswers Read(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Object } e
            ? e.Deserialize<TriageAnswers>(DialogJson.Options) ?? throw new DialogResultException("Saved answers are empty.")
            : throw new DialogResultException("The assessment lost its saved answers.");
}

/// <summary>A finished assessment: what was answered and the moment the advice was given (so it can be shown again exactly).</summary>
public sealed record FinishedAssessment(TriageAnswers Answers, long AtUnixTicks);
