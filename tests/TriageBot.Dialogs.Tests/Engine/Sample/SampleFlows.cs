using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Storage;
using TriageBot.Dialogs.Tests.Harness;

namespace TriageBot.Dialogs.Tests.Engine.Sample;

/// <summary>Builds runners and flows over the sample questionnaire.</summary>
public static class SampleFlows
{
    /// <summary>30 June 2026, 23:30 UTC: already 1 July in London (BST), so "today" tests the zone.</summary>
    public static readonly DateTimeOffset Now = new(2026, 6, 30, 23, 30, 0, TimeSpan.Zero);

    public static DialogRunner Runner(
        IStorage storage, TimeProvider? clock = null, SampleHooks? hooks = null, ILogger<DialogRunner>? logger = null) =>
        new(new QuestionnaireDialog(hooks ?? new SampleHooks()), storage, new TextPromptRenderer(), clock ?? new FakeTimeProvider(Now), logger: logger);

    public static TestFlow Flow(SampleHooks? hooks = null, Func<IStorage>? storage = null, ILogger<DialogRunner>? logger = null) =>
        new(s => Runner(s, hooks: hooks, logger: logger), storage);

    /// <summary>Answers by typing up to the adults question (danger no, both topics, dirty bedding).</summary>
    public static TestFlow ToAdultsQuestion(this TestFlow flow) =>
        flow.Send("hi").Send("no").Send("1, 2").Send("2");

    /// <summary>From the adults question on, by typing, to the summary.</summary>
    public static TestFlow ToSummary(this TestFlow flow) =>
        flow.Send("3").ToSummaryFromSeen();

    /// <summary>From the date question on, by typing, to the summary.</summary>
    public static TestFlow ToSummaryFromSeen(this TestFlow flow) =>
        flow.Send("28/06/2026").Send("A bruise on the arm").Send("yes");
}
