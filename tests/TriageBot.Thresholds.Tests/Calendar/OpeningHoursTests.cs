using NodaTime;
using NodaTime.Text;
using TriageBot.Thresholds.Calendar;

namespace TriageBot.Thresholds.Tests.Calendar;

public sealed class OpeningHoursTests
{
    private static readonly OpeningHours Plymouth = OpeningHours.Parse("Mon-Fri 09:00-17:00", closedOnBankHolidays: true, statedInDocuments: false, note: "local setting");
    private static readonly OpeningHours Staffordshire = OpeningHours.Parse("Mon-Thu 08:30-17:00; Fri 08:30-16:30", closedOnBankHolidays: true, statedInDocuments: true, note: null);

    private static LocalDateTime T(string iso) => LocalDateTimePattern.GeneralIso.Parse(iso).Value;

    [Theory]
    [InlineData("2026-11-24T08:59:59", false)]
    [InlineData("2026-11-24T09:00:00", true)]
    [InlineData("2026-11-24T16:59:59", true)]
    [InlineData("2026-11-24T17:00:00", false)]
    [InlineData("2026-11-28T11:00:00", false)]  // Saturday
    [InlineData("2026-11-29T11:00:00", false)]  // Sunday
    [InlineData("2026-12-28T11:00:00", false)]  // Monday, Boxing Day substitute
    [InlineData("2026-12-29T11:00:00", true)]
    public void Plymouth_hours_both_sides_of_each_limit(string local, bool open)
    {
        Assert.Equal(open, Plymouth.IsOpen(T(local)));
    }

    [Theory]
    [InlineData("2026-11-26T08:29:00", false)]  // Thursday
    [InlineData("2026-11-26T08:30:00", true)]
    [InlineData("2026-11-26T16:59:00", true)]
    [InlineData("2026-11-26T17:00:00", false)]
    [InlineData("2026-11-27T16:29:00", true)]   // Friday closes earlier
    [InlineData("2026-11-27T16:30:00", false)]
    public void Different_hours_on_friday(string local, bool open)
    {
        Assert.Equal(open, Staffordshire.IsOpen(T(local)));
    }

    [Theory]
    [InlineData("2026-11-22T02:00:00", "2026-11-23T09:00:00")]  // Sunday night → Monday
    [InlineData("2026-11-24T07:00:00", "2026-11-24T09:00:00")]  // early morning → same day
    [InlineData("2026-11-24T17:00:00", "2026-11-25T09:00:00")]  // at closing → next day
    [InlineData("2026-12-24T18:00:00", "2026-12-29T09:00:00")]  // Christmas Eve → after the substitute day
    public void Next_opening(string local, string next)
    {
        Assert.Equal(T(next), Plymouth.NextOpening(T(local)));
    }

    [Theory]
    [InlineData("Mon-Fri 09:00", "not in the form")]
    [InlineData("Mon-Fri 17:00-09:00", "close before they open")]
    [InlineData("Mon-Fry 09:00-17:00", "'Fry' is not a day")]
    [InlineData("Fri-Mon 09:00-17:00", "'Fri-Mon' is not a day range")]
    [InlineData("Mon 9:00-17:00", "not in the form")]
    [InlineData("", "empty")]
    public void Bad_hours_say_what_is_wrong(string text, string message)
    {
        var e = Assert.Throws<FormatException>(() => OpeningHours.Parse(text, true, true, null));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_reads_back_what_parse_reads()
    {
        Assert.Equal("Mon-Thu 08:30-17:00; Fri 08:30-16:30", Staffordshire.Describe());
        Assert.Equal(Staffordshire.Windows, OpeningHours.Parse(Staffordshire.Describe(), true, true, null).Windows);
    }
}
