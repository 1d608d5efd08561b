using System.Text.Json;
using System.Text.Json.Nodes;
using TriageBot.Cards;
using TriageBot.Cards.Builders;
using TriageBot.Cards.Views;
using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.QuestionBank;

namespace TriageBot.Dialogs.Triage;

/// <summary>
/// Prepares the contact for the front door. Identifying details are asked only here, after the professional
/// chose to prepare it; every one can be skipped, and nothing they did not say is filled in.
/// </summary>
public sealed class HandoffDialog : WaterfallDialog
{
    public const string LastHandoffKey = "lastHandoff";
    private const string DetailsKey = "details";
    private readonly TriageContent _content;
    private readonly TimeSpan _retention;

    public HandoffDialog(TriageContent content, TimeSpan retention)
        : base(nameof(HandoffDialog))
    {
        _content = content;
        _retention = retention;
        AddStep(ChildStepAsync);
        AddStep(ParentsStepAsync);
        AddStep(ReferrerStepAsync);
        AddStep(InvolvementStepAsync);
        AddStep(ViewsStepAsync);
        AddStep(AgenciesStepAsync);
        AddStep(RationaleStepAsync);
        AddStep(ShowStepAsync);
        AddStep(ExportStepAsync);
        HelpText = "I'm collecting the details the front door's contact form asks for. Type 'skip' for anything you don't have; you can edit everything on the card at the end.";
    }

    private async Task<DialogTurnResult> ChildStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Context.Send(TriageMessages.Message(
            "Preparing the contact",
            $"I'll ask for the details the {_content.AreaName} contact form needs. Type 'skip' for anything you don't have. They are kept only with this conversation and deleted after {Describe(_retention)}."));
        return await AskAsync(step, "handoff.child", "The child: full name, date of birth and address.", cancellationToken);
    }

    private Task<DialogTurnResult> ParentsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        RecordThenAskAsync(step, d => d with { Child = Text(step) }, "handoff.parents", "Parents or carers: names, relationship to the child, and address and phone if different.", cancellationToken);

    private Task<DialogTurnResult> ReferrerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        RecordThenAskAsync(step, d => d with { ParentsCarers = Text(step) }, "handoff.referrer", "About you: your name, role, organisation and phone number.", cancellationToken);

    private Task<DialogTurnResult> InvolvementStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        RecordThenAskAsync(step, d => d with { Referrer = Text(step) }, "handoff.involvement", "Your involvement with the child and family: how you know them, and for how long.", cancellationToken);

    private async Task<DialogTurnResult> ViewsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (Answered(step, ContactFields.ViewsOfChildAndFamily))
        {
            Save(step, Load(step) with { Involvement = Text(step) });
            return await step.NextAsync(null, cancellationToken);
        }

        return await RecordThenAskAsync(step, d => d with { Involvement = Text(step) }, "handoff.views", "What are the views of the child and the family about the concerns? Use their own words where you can.", cancellationToken);
    }

    private async Task<DialogTurnResult> AgenciesStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Save(step, Load(step) with { Views = Text(step) });
        if (Answered(step, ContactFields.AgenciesInvolved))
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await AskAsync(step, "handoff.agencies", "Which other agencies are involved with the family (for example school, GP, health visitor, CAMHS)?", cancellationToken);
    }

    private async Task<DialogTurnResult> RationaleStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Save(step, Load(step) with { Agencies = Text(step) });
        var consent = step.OptionsAs<FinishedAssessment>().Answers.Consent;
        if (consent is not ("would-place-at-risk" or "declined"))
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await AskAsync(step, "handoff.consent-rationale", "Why are you sharing without the family's consent? This goes on the contact, as the guidance asks (record your decision and rationale).", cancellationToken);
    }

    private async Task<DialogTurnResult> ShowStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var details = Load(step) with { ConsentRationale = Text(step) };
        Save(step, details);
        var view = ContactDraft.Build(_content, step.OptionsAs<FinishedAssessment>(), details);
        step.Context.ConversationValues.Set(LastHandoffKey, JsonSerializer.SerializeToElement(view, DialogJson.Options));
        step.Context.Send(TriageMessages.ToMessage(HandoffCard.Build(view)));
        await Task.CompletedTask;
        return DialogTurnResult.Waiting;
    }

    /// <summary>The card's "Copy as plain text" (with any edits made on the card), or any reply: the text to paste.</summary>
    private async Task<DialogTurnResult> ExportStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var saved = step.Context.ConversationValues.Get(LastHandoffKey)?.Deserialize<HandoffView>(DialogJson.Options)
            ?? throw new DialogResultException("The prepared contact was not saved.");
        if (step.Context.Input.Value is { ValueKind: JsonValueKind.Object } value
            && JsonNode.Parse(value.GetRawText()) is JsonObject submitted
            && submitted[CardProtocol.CommandKey]?.GetValue<string>() == CardProtocol.CommandHandoffText)
        {
            saved = HandoffCard.WithEdits(saved, submitted);
            step.Context.ConversationValues.Set(LastHandoffKey, JsonSerializer.SerializeToElement(saved, DialogJson.Options));
        }

        step.Context.Send(new BotMessage(HandoffCard.Build(saved).Text));
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private bool Answered(WaterfallStepContext step, string field) =>
        step.OptionsAs<FinishedAssessment>().Answers.Answers
            .Any(a => !a.Value.IsNotKnown && _content.FindQuestion(a.Key)?.Question.ContactField == field);

    private static async Task<DialogTurnResult> RecordThenAskAsync(WaterfallStepContext step, Func<HandoffDetails, HandoffDetails> record, string id, string text, CancellationToken cancellationToken)
    {
        Save(step, record(Load(step)));
        return await AskAsync(step, id, text, cancellationToken);
    }

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, string id, string text, CancellationToken cancellationToken) =>
        step.PromptAsync(nameof(TextPrompt), PromptSpec.ForText(text) with { QuestionId = id, AllowSkip = true, Max = 2000, Progress = new PromptProgress(step.Index + 1, 7, "Preparing the contact") }, cancellationToken);

    private static string? Text(WaterfallStepContext step) => step.Result is not null && !step.Result.IsNotKnown() ? step.Result.AsText() : null;

    private static void Save(WaterfallStepContext step, HandoffDetails details) =>
        step.Values.Set(DetailsKey, JsonSerializer.SerializeToElement(details, DialogJson.Options));

    private static HandoffDetails Load(WaterfallStepContext step) =>
        step.Values.Get(DetailsKey)?.Deserialize<HandoffDetails>(DialogJson.Options) ?? new HandoffDetails();

    private static string Describe(TimeSpan retention) =>
        retention.TotalDays >= 1 ? $"{retention.TotalDays:0} day{(retention.TotalDays >= 2 ? "s" : "")}" : $"{retention.TotalHours:0} hours";
}
