using NodaTime;
using TriageBot.Thresholds.Calendar;

namespace TriageBot.Thresholds.Tests.Calendar;

public sealed class EnglandBankHolidaysTests
{
    private static LocalDate D(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    // Published lists (gov.uk/bank-holidays) for England and Wales.
    [Theory]
    [InlineData(2026, "2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28")]
    [InlineData(2027, "2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28")]
    [InlineData(2022, "2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19 2022-12-26 2022-12-27")]
    [InlineData(2023, "2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28 2023-12-25 2023-12-26")]
    [InlineData(2020, "2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25 2020-12-28")]
    [InlineData(2021, "2021-01-01 2021-04-02 2021-04-05 2021-05-03 2021-05-31 2021-08-30 2021-12-27 2021-12-28")]
    [InlineData(2025, "2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26")]
    public void Year_matches_the_published_list(int year, string expected)
    {
        Assert.Equal(expected.Split(' ').Select(D), EnglandBankHolidays.InYear(year));
    }

    [Theory]
    [InlineData("2026-12-25", true)]   // Christmas, a Friday
    [InlineData("2026-12-26", false)]  // Boxing Day falls on Saturday: the holiday moves to Monday (closed anyway as a weekend)
    [InlineData("2026-12-28", true)]   // Monday: substitute for Boxing Day
    [InlineData("2026-12-29", false)]
    [InlineData("2027-12-27", true)]   // Christmas on Saturday: substitute Monday
    [InlineData("2027-12-28", true)]   // Boxing Day on Sunday: substitute Tuesday
    [InlineData("2022-01-03", true)]   // New Year's Day on Saturday: substitute Monday
    [InlineData("2026-11-23", false)]
    public void Substitute_days_count(string date, bool holiday)
    {
        Assert.Equal(holiday, EnglandBankHolidays.IsBankHoliday(D(date)));
    }

    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    public void Easter_sunday(int year, string expected)
    {
        Assert.Equal(D(expected), EnglandBankHolidays.EasterSunday(year));
    }
}
