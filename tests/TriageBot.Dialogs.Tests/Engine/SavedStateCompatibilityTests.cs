using System.Text;
using System.Text.Json;
using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Storage;
using TriageBot.Dialogs.Tests.Engine.Sample;
using TriageBot.Dialogs.Tests.Triage;

namespace TriageBot.Dialogs.Tests.Engine;

/// <summary>
/// A conversation saved mid-assessment by an earlier version goes on under this one: the fixtures are the exact text
/// the storage held after a few turns of the version that kept dialog state as JSON node trees (commit 1652caa).
/// </summary>
public sealed class SavedStateCompatibilityTests
{
    private const string Conversation = "conversation-1";

    // The fixtures remember the activity ids TestFlow gives by default ("activity-1" on), so later turns use their own.

    // The sample questionnaire at the adults question, after the bedding question was skipped (a stored JSON null)
    // and one invalid answer (failures 1). Waterfalls without options were saved with "options": null.
    private const string SampleConversation = """
{"dialogStack":[{"id":"QuestionnaireDialog","state":{},"children":[{"id":"WaterfallDialog","state":{"values":{"danger":"no","topics":["home","school"]},"options":null,"stepIndex":2},"children":null},{"id":"HomeDialog","state":{},"children":[{"id":"WaterfallDialog","state":{"values":{"bedding":null},"options":null,"stepIndex":1},"children":null},{"id":"NumberPrompt","state":{"spec":{"kind":"number","text":"How many adults live in the home?","questionId":null,"choices":[],"min":0,"max":10,"progress":{"number":2,"total":2,"section":"Home"},"help":null,"allowSkip":false,"allowBack":true,"retryLimit":null,"nonce":"b20fdbe29115a317","problem":null},"failures":1},"children":null}]}]}],"backHistory":[{"nonce":"82a8f7bfb4d7bc62","slot":0},{"nonce":"50a0987cee3cf97f","slot":1},{"nonce":"bbc909e94fed0376","slot":2},{"nonce":"b20fdbe29115a317","slot":3}],"backSlotsUsed":4,"recentActivityIds":["activity-1","activity-2","activity-3","activity-4","activity-5"],"values":{}}
""";

    // The "back" snapshot taken when the bedding question was asked.
    private const string SampleBackToBedding = """
{"nonce":"bbc909e94fed0376","stack":[{"id":"QuestionnaireDialog","state":{},"children":[{"id":"WaterfallDialog","state":{"values":{"danger":"no","topics":["home","school"]},"options":null,"stepIndex":2},"children":null},{"id":"HomeDialog","state":{},"children":[{"id":"WaterfallDialog","state":{"values":{},"options":null,"stepIndex":0},"children":null},{"id":"ChoicePrompt","state":{"spec":{"kind":"choice","text":"What is the child\u0027s bedding like?","questionId":null,"choices":[{"value":"clean","label":"Clean","synonyms":null},{"value":"dirty","label":"Dirty, urine or faeces soaked","synonyms":null},{"value":"none","label":"No bedding","synonyms":null}],"min":null,"max":null,"progress":{"number":1,"total":2,"section":"Home"},"help":"Think of the last time you saw where the child sleeps.","allowSkip":true,"allowBack":true,"retryLimit":null,"nonce":"bbc909e94fed0376","problem":null},"failures":0},"children":null}]}]}]}
""";

    // The triage assessment inside its questionnaire (whose options are the answers so far), at the second
    // drugs/alcohol question after one invalid answer.
    private const string TriageConversation = """
{"dialogStack":[{"id":"TriageDialog","state":{},"children":[{"id":"StartDialog","state":{"values":{},"options":null,"stepIndex":0},"children":null},{"id":"AssessmentDialog","state":{"values":{"answers":{"immediateDangerAnswer":"no","childAgeYears":3,"topics":[],"answers":{},"evidence":[],"immediateDanger":false,"consent":null,"topicIndex":0,"questionIndex":0}},"options":null,"stepIndex":4},"children":null},{"id":"QuestionnaireDialog","state":{"values":{"topic":0,"question":1},"options":{"immediateDangerAnswer":"no","childAgeYears":3,"topics":["drugs-alcohol"],"answers":{"drugs-alcohol.whose":{"kind":"choice","values":["parent"],"number":null,"date":null,"text":null}},"evidence":[],"immediateDanger":false,"consent":null,"topicIndex":0,"questionIndex":1},"stepIndex":0},"children":null},{"id":"MultiChoicePrompt","state":{"spec":{"kind":"multi-choice","text":"What is the parent taking/drinking?","questionId":"drugs-alcohol.parent.what","choices":[{"value":"alcohol","label":"Alcohol","synonyms":null},{"value":"cannabis","label":"Cannabis","synonyms":null},{"value":"other-drugs","label":"Other illegal drugs","synonyms":null},{"value":"medicines","label":"Prescription or over-the-counter medicines, misused","synonyms":null}],"min":null,"max":null,"progress":{"number":2,"total":13,"section":"Drugs / alcohol"},"help":"This is one of the questions the Gateway may ask (001_9322bea10a27a627.txt, Appendix 2: DRUGS / ALCOHOL). Answer what you know, or type \u0027skip\u0027 or \u0027don\u0027t know\u0027.","allowSkip":true,"allowBack":true,"retryLimit":null,"nonce":"e3ec94bec2459a2a","problem":null},"failures":1},"children":null}]}],"backHistory":[{"nonce":"11bc82d0691361d6","slot":0},{"nonce":"a637d75ba1676c7c","slot":1},{"nonce":"7420406bc2f7ca2e","slot":2},{"nonce":"72060e5b3f552117","slot":3},{"nonce":"e3ec94bec2459a2a","slot":4}],"backSlotsUsed":5,"recentActivityIds":["activity-1","activity-2","activity-3","activity-4","activity-5","activity-6"],"values":{}}
""";

    // The "back" snapshot taken when the first drugs/alcohol question was asked.
    private const string TriageBackToWhose = """
{"nonce":"72060e5b3f552117","stack":[{"id":"TriageDialog","state":{},"children":[{"id":"StartDialog","state":{"values":{},"options":null,"stepIndex":0},"children":null},{"id":"AssessmentDialog","state":{"values":{"answers":{"immediateDangerAnswer":"no","childAgeYears":3,"topics":[],"answers":{},"evidence":[],"immediateDanger":false,"consent":null,"topicIndex":0,"questionIndex":0}},"options":null,"stepIndex":4},"children":null},{"id":"QuestionnaireDialog","state":{"values":{"topic":0,"question":0},"options":{"immediateDangerAnswer":"no","childAgeYears":3,"topics":["drugs-alcohol"],"answers":{},"evidence":[],"immediateDanger":false,"consent":null,"topicIndex":0,"questionIndex":0},"stepIndex":0},"children":null},{"id":"ChoicePrompt","state":{"spec":{"kind":"choice","text":"Is the worry a parent\u0027s drinking or drug use, a young person\u0027s, or both?","questionId":"drugs-alcohol.whose","choices":[{"value":"parent","label":"A parent\u0027s","synonyms":null},{"value":"young-person","label":"A young person\u0027s","synonyms":null},{"value":"both","label":"Both","synonyms":null}],"min":null,"max":null,"progress":{"number":1,"total":21,"section":"Drugs / alcohol"},"help":"I ask this to choose the right questions for you. Answer what you know, or type \u0027skip\u0027.","allowSkip":false,"allowBack":true,"retryLimit":null,"nonce":"72060e5b3f552117","problem":null},"failures":0},"children":null}]}]}
""";

    [Fact]
    public async Task A_saved_sample_conversation_answers_the_waiting_question_and_keeps_every_earlier_answer()
    {
        await SampleFlows.Flow(storage: Stored(await SavedAsync(SampleConversation)))
            .AssertPrompt(p =>
            {
                Assert.Equal(HomeDialog.AdultsQuestion, p.Text);
                Assert.Equal("b20fdbe29115a317", p.Nonce);
            })
            // A message delivered again after the upgrade is still recognised as seen.
            .Send("3", activityId: "activity-5")
            .AssertNoReply()
            // The card shown before the upgrade still answers the question.
            .Send(cardValue: new { answer = "3", nonce = "b20fdbe29115a317" }, activityId: "after-1")
            .AssertReply(SchoolDialog.SeenQuestion)
            .Send("28/06/2026", activityId: "after-2").Send("A bruise on the arm", activityId: "after-3").Send("yes", activityId: "after-4")
            .AssertReply("Summary: topics=home+school; bedding=not known; adults=3; seen=2026-06-28; description=A bruise on the arm; parents-told=yes")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_saved_count_of_invalid_answers_is_kept()
    {
        // One invalid answer was saved; two more reach the limit of three.
        await SampleFlows.Flow(storage: Stored(await SavedAsync(SampleConversation)))
            .Send("eleven", activityId: "after-1")
            .AssertReply(HomeDialog.AdultsQuestion)
            .Send("eleven", activityId: "after-2")
            .AssertReply(new EngineTexts().RecordedAsNotKnown)
            .AssertReply(SchoolDialog.SeenQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_restores_a_snapshot_saved_by_the_earlier_version()
    {
        await SampleFlows.Flow(storage: Stored(await SavedAsync(SampleConversation, (2, SampleBackToBedding))))
            .Send("back", activityId: "after-1")
            .AssertReply(HomeDialog.BeddingQuestion)
            .Send("1", activityId: "after-2")
            .AssertReply(HomeDialog.AdultsQuestion)
            .Send("3", activityId: "after-3")
            .Send("28/06/2026", activityId: "after-4").Send("A bruise on the arm", activityId: "after-5").Send("yes", activityId: "after-6")
            .AssertReply("Summary: topics=home+school; bedding=clean; adults=3;")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_saved_triage_assessment_answers_the_waiting_question_and_asks_the_next()
    {
        await TriageHarness.Flow(storage: Stored(await SavedAsync(TriageConversation)))
            .AssertPrompt(p => Assert.Equal("drugs-alcohol.parent.what", p.QuestionId))
            .Send(cardValue: new { answer = new[] { "alcohol" }, nonce = "e3ec94bec2459a2a" }, activityId: "after-1")
            .AssertReply(m => Assert.Contains("How much are they taking/drinking?", m.Text, StringComparison.Ordinal))
            // Asked only because the saved options say the worry is a parent's.
            .AssertPrompt(p =>
            {
                Assert.Equal("drugs-alcohol.parent.how-much", p.QuestionId);
                Assert.Equal(new PromptProgress(3, 13, "Drugs / alcohol"), p.Progress);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_restores_a_triage_snapshot_saved_by_the_earlier_version()
    {
        await TriageHarness.Flow(storage: Stored(await SavedAsync(TriageConversation, (3, TriageBackToWhose))))
            .Send("back", activityId: "after-1")
            .AssertReply(m => Assert.Contains("Is the worry a parent's drinking or drug use", m.Text, StringComparison.Ordinal))
            .AssertPrompt(p => Assert.Equal("drugs-alcohol.whose", p.QuestionId))
            .SendCard(p => new { answer = "young-person", nonce = p.Nonce }, activityId: "after-2")
            .AssertPrompt(p => Assert.StartsWith("drugs-alcohol.", p.QuestionId, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task State_saved_now_keeps_the_layout_the_earlier_version_reads()
    {
        var storage = new MemoryStorage();
        await TriageHarness.Flow(storage: () => storage)
            .Send("hi").Answer("no").Send("3").Answer("drugs-alcohol")
            .AssertPrompt(p => Assert.Equal("drugs-alcohol.whose", p.QuestionId))
            .StartTestAsync();

        var key = StateKeys.ForConversation(Conversation);
        var saved = (await storage.ReadAsync([key]))[key].Data;
        var stack = saved.GetProperty("dialogStack")[0].GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(["StartDialog", "AssessmentDialog", "QuestionnaireDialog", "ChoicePrompt"], stack.Select(i => i.GetProperty("id").GetString() ?? ""));

        // A prompt keeps only its question and count; a waterfall its place, values and options (when it has any).
        var prompt = stack[3].GetProperty("state");
        Assert.Equal(["failures", "spec"], Names(prompt));
        Assert.Equal("drugs-alcohol.whose", prompt.GetProperty("spec").GetProperty("questionId").GetString());
        Assert.Equal(0, prompt.GetProperty("failures").GetInt32());
        var questionnaire = stack[2].GetProperty("state");
        Assert.Equal(["options", "stepIndex", "values"], Names(questionnaire));
        Assert.Equal(0, questionnaire.GetProperty("stepIndex").GetInt32());
        Assert.Equal("drugs-alcohol", questionnaire.GetProperty("options").GetProperty("topics")[0].GetString());
        Assert.Equal(0, questionnaire.GetProperty("values").GetProperty("question").GetInt32());
        var assessment = stack[1].GetProperty("state");
        Assert.Equal(4, assessment.GetProperty("stepIndex").GetInt32());
        Assert.Equal(3, assessment.GetProperty("values").GetProperty("answers").GetProperty("childAgeYears").GetInt32());
        // An earlier version reads a missing "options" as it read "options": null, as none.
        Assert.True(!assessment.TryGetProperty("options", out var none) || none.ValueKind == JsonValueKind.Null);
        Assert.Empty(Names(saved.GetProperty("dialogStack")[0].GetProperty("state")));
    }

    [Fact]
    public async Task State_saved_now_leaves_out_null_properties_and_keeps_stored_not_known_values()
    {
        var storage = new MemoryStorage();
        await TriageHarness.Flow(storage: () => storage)
            .Send("hi").Answer("no").Send("3").Answer("drugs-alcohol").Answer("parent")
            .AssertPrompt(p => Assert.Equal("drugs-alcohol.parent.what", p.QuestionId))
            .StartTestAsync();

        var conversation = StateKeys.ForConversation(Conversation);
        var state = (await storage.ReadAsync([conversation]))[conversation].Data;
        string[] snapshots = [.. state.GetProperty("backHistory").EnumerateArray().Select(step => step.GetProperty("snapshot").GetString() ?? "")];
        Assert.Equal(5, snapshots.Length);
        var saved = await storage.ReadAsync([conversation, .. snapshots]);
        Assert.Equal(6, saved.Count);
        Assert.All(saved, item => Assert.Empty(NullProperties(item.Value.Data, item.Key)));

        // Each earlier version reads a missing property as it read a null one: the conversation goes on.
        await TriageHarness.Flow(storage: () => storage)
            .Send("back", activityId: "after-1")
            .AssertPrompt(p => Assert.Equal("drugs-alcohol.whose", p.QuestionId))
            .SendCard(p => new { answer = "parent", nonce = p.Nonce }, activityId: "after-2")
            .AssertPrompt(p => Assert.Equal("drugs-alcohol.parent.what", p.QuestionId))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_saved_yes_no_question_leaves_out_the_answers_every_one_has_and_still_offers_and_reads_them()
    {
        var storage = new MemoryStorage();
        await TriageHarness.Flow(storage: () => storage)
            .Send("hi")
            .AssertPrompt(p => Assert.Equal(["Yes", "No", "Not known"], p.Choices.Select(c => c.Label)))
            .StartTestAsync();

        var key = StateKeys.ForConversation(Conversation);
        var prompt = (await storage.ReadAsync([key]))[key].Data.GetProperty("dialogStack")[0].GetProperty("children").EnumerateArray().Last();
        Assert.Equal(nameof(ConfirmPrompt), prompt.GetProperty("id").GetString());
        Assert.Equal(0, prompt.GetProperty("state").GetProperty("spec").GetProperty("choices").GetArrayLength());

        // A new runner over the saved state (as after a restart) shows the same choices and reads their typed synonyms.
        await TriageHarness.Flow(storage: () => storage)
            .Send("help", activityId: "after-1")
            .AssertReply(_ => { })
            .AssertReply(m => Assert.Contains("Is the child in immediate danger right now?", m.Text, StringComparison.Ordinal))
            .AssertPrompt(p => Assert.Equal(["yes", "no", "not-known"], p.Choices.Select(c => c.Value)))
            .Send("nope", activityId: "after-2")
            .AssertPrompt(p => Assert.Equal("triage.age", p.QuestionId))
            .StartTestAsync();
    }

    private static Func<IStorage> Stored(IStorage storage) => () => storage;

    /// <summary>The paths of properties stored as null, but for values kept by name, where a null is a stored "not known".</summary>
    private static IEnumerable<string> NullProperties(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Value.ValueKind == JsonValueKind.Null
                ? path.EndsWith(".values", StringComparison.Ordinal) ? [] : [path + "." + p.Name]
                : NullProperties(p.Value, path + "." + p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany((item, i) => NullProperties(item, $"{path}[{i}]")),
        _ => [],
    };

    private static List<string> Names(JsonElement state) => [.. state.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    /// <summary>A storage holding, as text, the conversation and the "back" snapshots in the slots given.</summary>
    private static async Task<IStorage> SavedAsync(string conversation, params (int Slot, string Json)[] snapshots)
    {
        var storage = new MemoryStorage();
        var changes = new Dictionary<string, StoreItem>(StringComparer.Ordinal)
        {
            [StateKeys.ForConversation(Conversation)] = new(Encoding.UTF8.GetBytes(conversation), StoreItem.AnyETag),
        };
        foreach (var (slot, json) in snapshots)
        {
            changes[StateKeys.ForBackStep(Conversation, slot)] = new StoreItem(Encoding.UTF8.GetBytes(json), StoreItem.AnyETag);
        }

        await storage.WriteAsync(changes);
        return storage;
    }
}
