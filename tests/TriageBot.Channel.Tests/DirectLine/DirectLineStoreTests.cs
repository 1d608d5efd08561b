using Microsoft.Extensions.Time.Testing;
using TriageBot.Channel.DirectLine;
using TriageBot.Channel.Schema;

namespace TriageBot.Channel.Tests.DirectLine;

public sealed class DirectLineStoreTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_conversation_idle_for_more_than_an_hour_is_forgotten()
    {
        var store = new DirectLineStore(_time);
        var session = store.Create();
        _time.Advance(TimeSpan.FromMinutes(59));
        // The token has expired by now, but the conversation itself is still there.
        Assert.Equal(TokenStatus.Invalid, store.Authorize(session.ConversationId, session.Token));

        _time.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(TokenStatus.UnknownConversation, store.Authorize(session.ConversationId, session.Token));
    }

    [Fact]
    public void Activity_keeps_a_conversation_alive_but_its_token_still_expires_after_30_minutes()
    {
        var store = new DirectLineStore(_time);
        var session = store.Create();
        _time.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(TokenStatus.Valid, store.Authorize(session.ConversationId, session.Token));

        _time.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(TokenStatus.Invalid, store.Authorize(session.ConversationId, session.Token));
        Assert.Null(store.Refresh(session.Token));
    }

    [Fact]
    public void The_store_is_bounded_and_evicts_the_least_recently_used_conversation()
    {
        var store = new DirectLineStore(_time);
        var first = store.Create();
        _time.Advance(TimeSpan.FromSeconds(1));
        var sessions = Enumerable.Range(0, DirectLineStore.MaxConversations - 1).Select(_ => store.Create()).ToList();
        _time.Advance(TimeSpan.FromSeconds(1));

        var overflow = store.Create();

        Assert.Equal(TokenStatus.UnknownConversation, store.Authorize(first.ConversationId, first.Token));
        Assert.Equal(TokenStatus.Valid, store.Authorize(sessions[0].ConversationId, sessions[0].Token));
        Assert.Equal(TokenStatus.Valid, store.Authorize(overflow.ConversationId, overflow.Token));
    }

    [Fact]
    public void Reading_pages_by_watermark()
    {
        var store = new DirectLineStore(_time);
        var session = store.Create();
        for (var i = 0; i < DirectLineStore.PageSize + 5; i++)
        {
            store.Append(session.ConversationId, Activity.CreateMessage($"m{i}"));
        }

        var first = store.Read(session.ConversationId, 0);
        var second = store.Read(session.ConversationId, int.Parse(first.Watermark, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DirectLineStore.PageSize, first.Activities.Count);
        Assert.Equal("m0", first.Activities[0].Text);
        Assert.Equal(["m100", "m101", "m102", "m103", "m104"], second.Activities.Select(a => a.Text));
    }

    [Fact]
    public void The_transcript_keeps_what_was_said_even_if_the_bot_later_changes_the_activity()
    {
        var store = new DirectLineStore(_time);
        var session = store.Create();
        var activity = Activity.CreateMessage("original");

        store.Append(session.ConversationId, activity);
        activity.Text = "changed";

        Assert.Equal("original", store.Read(session.ConversationId, 0).Activities.Single().Text);
        Assert.EndsWith("|0000000", activity.Id, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/v3/directline/", true)]
    [InlineData("http://localhost:5000/v3/directline/", true)]
    [InlineData("https://directline.botframework.com/v3/directline/", false)]
    [InlineData("http://127.0.0.1:5000/amer/", false)]
    public void It_owns_only_its_own_loopback_service_url(string url, bool owns) =>
        Assert.Equal(owns, new DirectLineStore(_time).Owns(new Uri(url)));
}
