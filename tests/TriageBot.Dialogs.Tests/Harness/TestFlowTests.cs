using TriageBot.Dialogs.Tests.Engine.Sample;
using Xunit.Sdk;

namespace TriageBot.Dialogs.Tests.Harness;

/// <summary>The harness itself must fail loudly, or every flow test built on it could pass by accident.</summary>
public sealed class TestFlowTests
{
    [Fact]
    public async Task A_wrong_reply_fails_the_flow()
    {
        var flow = SampleFlows.Flow().Send("hi").AssertReply("This text is never sent");
        await Assert.ThrowsAsync<ContainsException>(flow.StartTestAsync);
    }

    [Fact]
    public async Task Asserting_a_reply_that_did_not_come_fails_and_shows_the_conversation()
    {
        var flow = SampleFlows.Flow().Send("hi").AssertReply("danger").AssertReply("more");
        var ex = await Assert.ThrowsAsync<XunitException>(flow.StartTestAsync);
        Assert.Contains("Expected a reply but there was none", ex.Message, StringComparison.Ordinal);
        Assert.Contains("immediate danger", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answering_a_card_when_no_question_waits_fails_clearly()
    {
        var flow = SampleFlows.Flow().Send("hi").Send("yes").Answer("no");
        var ex = await Assert.ThrowsAsync<XunitException>(flow.StartTestAsync);
        Assert.Contains("Expected a question to be waiting", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_transcript_keeps_every_reply_across_a_restart()
    {
        var flow = SampleFlows.Flow().Send("hi").RestartProcess().Send("no");
        await flow.StartTestAsync();
        Assert.Equal(2, flow.Transcript.Count);
    }
}
