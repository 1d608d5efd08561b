using TriageBot.Cards.Builders;
using TriageBot.Cards.Tests.Support;
using TriageBot.Cards.Views;

namespace TriageBot.Cards.Tests.Builders;

public sealed class WhoToCallCardTests
{
    [Theory]
    [InlineData("who-to-call-open", true)]
    [InlineData("who-to-call-closed", false)]
    public void Matches_its_snapshot_and_fits_the_budget(string name, bool open)
    {
        var result = WhoToCallCard.Build(PlymouthViews.WhoToCall(open));

        Snapshot.Match(name, result.Card);
        Assert.InRange(result.Card.Utf8Size(), 1, CardProtocol.MaxCardBytes);
    }

    [Fact]
    public void Both_states_parse_in_Microsofts_renderer_without_a_warning()
    {
        CardValidator.AssertValid(WhoToCallCard.Build(PlymouthViews.WhoToCall(true)).Card, WhoToCallCard.Build(PlymouthViews.WhoToCall(false)).Card);
    }

    [Fact]
    public void At_night_it_says_closed_when_it_opens_and_gives_the_out_of_hours_number_to_call_now()
    {
        var result = WhoToCallCard.Build(PlymouthViews.WhoToCall(open: false));
        var json = result.Card.ToJson();

        var text = CardQuery.AllText(json);
        Assert.Contains("The front door is closed now.", text, StringComparison.Ordinal);
        Assert.Contains("It next opens on Monday 23 November 2026 at 09:00 (local time).", text, StringComparison.Ordinal);
        Assert.Contains("Call the out-of-hours duty team now", text, StringComparison.Ordinal);
        var calls = CardQuery.OfType(json, "Action.OpenUrl").Select(a => ((string?)a["title"], (string?)a["url"])).ToList();
        Assert.Equal([("Call 999", "tel:999"), ("Call 01752 346984", "tel:01752346984")], calls);
        Assert.Contains("Call now: Out of Hours Emergency Duty Team, 01752 346984.", result.Text, StringComparison.Ordinal);
        Assert.Contains("When the front door is open: Plymouth Children's Gateway / MASH, 01752 668000.", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void In_hours_it_says_open_and_gives_the_front_door_number_and_the_out_of_hours_one_for_later()
    {
        var result = WhoToCallCard.Build(PlymouthViews.WhoToCall(open: true));
        var json = result.Card.ToJson();

        var text = CardQuery.AllText(json);
        Assert.Contains("The front door is open now.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("next opens", text, StringComparison.Ordinal);
        Assert.Contains("tel:01752668000", CardQuery.OfType(json, "Action.OpenUrl").Select(a => (string?)a["url"]));
        Assert.Contains("Out of Hours Emergency Duty Team: 01752 346984", text, StringComparison.Ordinal);
        Assert.Contains("Call now: Plymouth Children's Gateway / MASH, 01752 668000.", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_999_reminder_comes_first_on_the_card_and_in_the_text()
    {
        var result = WhoToCallCard.Build(PlymouthViews.WhoToCall(open: false));

        var first = result.Card.ToJson()["body"]![0]!;
        Assert.Equal("attention", (string?)first["style"]);
        Assert.Equal("tel:999", (string?)CardQuery.OfType(first, "Action.OpenUrl").Single()["url"]);
        Assert.StartsWith("If a child is in immediate danger, call 999 now.", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Hours_that_are_a_local_setting_say_so()
    {
        var local = WhoToCallCard.Build(PlymouthViews.WhoToCall(open: true));
        var published = WhoToCallCard.Build(PlymouthViews.WhoToCall(open: true) with { HoursAreLocalSetting = false });

        const string Note = "These opening hours are a local setting";
        Assert.Contains(Note, CardQuery.AllText(local.Card.ToJson()), StringComparison.Ordinal);
        Assert.Contains(Note, local.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Note, published.Text, StringComparison.Ordinal);
        Assert.Contains("Front door hours: Monday to Friday, 09:00 to 17:00.", local.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_team_without_a_number_is_refused()
    {
        var view = PlymouthViews.WhoToCall(open: false) with { OutOfHours = new ContactView(PlymouthViews.OutOfHoursTeam, []) };

        var error = Assert.Throws<ArgumentException>(() => WhoToCallCard.Build(view));

        Assert.Contains("The out-of-hours team has 0 phone numbers", error.Message, StringComparison.Ordinal);
    }
}
