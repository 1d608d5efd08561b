using System.Collections.Concurrent;
using System.Collections.Frozen;
using NodaTime;

namespace TriageBot.Thresholds.Calendar;

/// <summary>
/// Bank holidays in England (and Wales), computed from the Banking and Financial Dealings Act 1971 rules
/// with substitute days, plus the one-off changes made by royal proclamation since 2000.
/// Front doors count a bank holiday as out of hours.
/// </summary>
public static class EnglandBankHolidays
{
    // Dates moved or added by proclamation (gov.uk/bank-holidays). A moved holiday lists its replacement
    // in Added and the usual date in Removed.
    private static readonly FrozenDictionary<int, (LocalDate[] Added, LocalDate[] Removed)> OneOffChanges =
        new Dictionary<int, (LocalDate[], LocalDate[])>
        {
            [2002] = ([new(2002, 6, 3), new(2002, 6, 4)], [new(2002, 5, 27)]),   // Golden Jubilee
            [2011] = ([new(2011, 4, 29)], []),                                    // Royal wedding
            [2012] = ([new(2012, 6, 4), new(2012, 6, 5)], [new(2012, 5, 28)]),   // Diamond Jubilee
            [2020] = ([new(2020, 5, 8)], [new(2020, 5, 4)]),                      // VE Day 75
            [2022] = ([new(2022, 6, 2), new(2022, 6, 3), new(2022, 9, 19)], [new(2022, 5, 30)]), // Platinum Jubilee; State Funeral
            [2023] = ([new(2023, 5, 8)], []),                                     // Coronation
        }.ToFrozenDictionary();

    private static readonly ConcurrentDictionary<int, FrozenSet<LocalDate>> Years = new();

    /// <summary>True when <paramref name="date"/> is a bank holiday in England, substitute days included.</summary>
    public static bool IsBankHoliday(LocalDate date) => For(date.Year).Contains(date);

    /// <summary>The bank holidays of one year, in date order.</summary>
    public static IReadOnlyList<LocalDate> InYear(int year) => [.. For(year).Order()];

    private static FrozenSet<LocalDate> For(int year) => Years.GetOrAdd(year, Compute);

    private static FrozenSet<LocalDate> Compute(int year)
    {
        var easter = EasterSunday(year);
        var days = new HashSet<LocalDate>
        {
            easter.PlusDays(-2),                                   // Good Friday
            easter.PlusDays(1),                                    // Easter Monday
            FirstMonday(year, 5),                                  // Early May bank holiday
            LastMonday(year, 5),                                   // Spring bank holiday
            LastMonday(year, 8),                                   // Summer bank holiday
        };

        // New Year's Day, Christmas Day and Boxing Day: a day falling at a weekend is replaced by the next
        // weekday that is not already a holiday (so Christmas on a Saturday gives Monday 27 and Tuesday 28).
        LocalDate[] fixedDays = [new(year, 1, 1), new(year, 12, 25), new(year, 12, 26)];
        foreach (var day in fixedDays.Where(d => !IsWeekend(d)))
        {
            days.Add(day);
        }

        foreach (var day in fixedDays.Where(IsWeekend))
        {
            var substitute = day;
            while (IsWeekend(substitute) || days.Contains(substitute))
            {
                substitute = substitute.PlusDays(1);
            }

            days.Add(substitute);
        }

        if (OneOffChanges.TryGetValue(year, out var change))
        {
            days.ExceptWith(change.Removed);
            days.UnionWith(change.Added);
        }

        return days.ToFrozenSet();
    }

    private static bool IsWeekend(LocalDate d) => d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    private static LocalDate FirstMonday(int year, int month)
    {
        var d = new LocalDate(year, month, 1);
        while (d.DayOfWeek != IsoDayOfWeek.Monday)
        {
            d = d.PlusDays(1);
        }

        return d;
    }

    private static LocalDate LastMonday(int year, int month)
    {
        var d = new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1);
        while (d.DayOfWeek != IsoDayOfWeek.Monday)
        {
            d = d.PlusDays(-1);
        }

        return d;
    }

    /// <summary>Western (Gregorian) Easter Sunday: the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    internal static LocalDate EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }
}
