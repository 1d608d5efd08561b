using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace TriageBot.Thresholds.Calendar;

/// <summary>One opening window on a day of the week; open at <see cref="Open"/>, closed from <see cref="Close"/>.</summary>
public sealed record OpeningWindow(IsoDayOfWeek Day, LocalTime Open, LocalTime Close);

/// <summary>
/// A front door's opening hours in the area's local time. Outside them (and on bank holidays when
/// <see cref="ClosedOnBankHolidays"/>), Level 4 concerns go to the out-of-hours team.
/// </summary>
/// <param name="StatedInDocuments">False when the documents do not state the hours and they are a local setting.</param>
/// <param name="Note">Said in every answer that depends on the hours, e.g. that they are a local setting.</param>
public sealed partial record OpeningHours(
    IReadOnlyList<OpeningWindow> Windows,
    bool ClosedOnBankHolidays,
    bool StatedInDocuments,
    string? Note)
{
    private const int SearchDays = 21;

    /// <summary>True when the front door is open at this local time.</summary>
    public bool IsOpen(LocalDateTime local)
    {
        if (ClosedOnBankHolidays && EnglandBankHolidays.IsBankHoliday(local.Date))
        {
            return false;
        }

        var time = local.TimeOfDay;
        foreach (var w in Windows)
        {
            if (w.Day == local.DayOfWeek && time >= w.Open && time < w.Close)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The next local time the front door opens after <paramref name="local"/>, or null if none within three weeks.</summary>
    public LocalDateTime? NextOpening(LocalDateTime local)
    {
        for (var offset = 0; offset <= SearchDays; offset++)
        {
            var date = local.Date.PlusDays(offset);
            if (ClosedOnBankHolidays && EnglandBankHolidays.IsBankHoliday(date))
            {
                continue;
            }

            LocalTime? earliest = null;
            foreach (var w in Windows)
            {
                if (w.Day == date.DayOfWeek && (offset > 0 || w.Open > local.TimeOfDay) && (earliest is null || w.Open < earliest))
                {
                    earliest = w.Open;
                }
            }

            if (earliest is { } open)
            {
                return date + open;
            }
        }

        return null;
    }

    /// <summary>
    /// Parses "Mon-Thu 08:30-17:00; Fri 08:30-16:30" (days Mon..Sun, ranges or comma lists; 24-hour times).
    /// Used for configured hours, so the error names the part that is wrong.
    /// </summary>
    public static OpeningHours Parse(string text, bool closedOnBankHolidays, bool statedInDocuments, string? note)
    {
        ArgumentNullException.ThrowIfNull(text);
        var windows = new List<OpeningWindow>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var m = WindowPattern().Match(part);
            if (!m.Success)
            {
                throw new FormatException($"Opening hours '{part}' are not in the form 'Mon-Fri 09:00-17:00'.");
            }

            var open = ParseTime(m.Groups["open"].Value, part);
            var close = ParseTime(m.Groups["close"].Value, part);
            if (close <= open)
            {
                throw new FormatException($"Opening hours '{part}' close before they open.");
            }

            foreach (var day in ParseDays(m.Groups["days"].Value, part))
            {
                windows.Add(new OpeningWindow(day, open, close));
            }
        }

        if (windows.Count == 0)
        {
            throw new FormatException("Opening hours are empty: give at least one window such as 'Mon-Fri 09:00-17:00'.");
        }

        return new OpeningHours(windows, closedOnBankHolidays, statedInDocuments, note);
    }

    private static LocalTime ParseTime(string value, string part)
    {
        var result = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(value);
        return result.Success ? result.Value : throw new FormatException($"Opening hours '{part}': '{value}' is not a time (HH:mm).");
    }

    private static IEnumerable<IsoDayOfWeek> ParseDays(string days, string part)
    {
        foreach (var item in days.Split(',', StringSplitOptions.TrimEntries))
        {
            var range = item.Split('-', StringSplitOptions.TrimEntries);
            var first = ParseDay(range[0], part);
            var last = range.Length == 2 ? ParseDay(range[1], part) : first;
            if (range.Length > 2 || last < first)
            {
                throw new FormatException($"Opening hours '{part}': '{item}' is not a day range such as Mon-Fri.");
            }

            for (var d = first; d <= last; d++)
            {
                yield return d;
            }
        }
    }

    internal static IsoDayOfWeek ParseDay(string value, string part)
    {
        foreach (var day in Enum.GetValues<IsoDayOfWeek>())
        {
            if (day != IsoDayOfWeek.None && value.Length >= 3
                && day.ToString().StartsWith(value, StringComparison.OrdinalIgnoreCase))
            {
                return day;
            }
        }

        throw new FormatException($"Opening hours '{part}': '{value}' is not a day (Mon, Tue, Wed, Thu, Fri, Sat, Sun).");
    }

    /// <summary>Writes the hours back in the form <see cref="Parse"/> reads, grouping days with the same times.</summary>
    public string Describe() => string.Join("; ", Windows
        .GroupBy(w => (w.Open, w.Close))
        .Select(g => $"{DescribeDays([.. g.Select(w => w.Day).Order()])} {g.Key.Open.ToString("HH:mm", CultureInfo.InvariantCulture)}-{g.Key.Close.ToString("HH:mm", CultureInfo.InvariantCulture)}"));

    private static string DescribeDays(IsoDayOfWeek[] days)
    {
        static string Short(IsoDayOfWeek d) => d.ToString()[..3];
        var contiguous = days.Length > 1 && days[^1] - days[0] == days.Length - 1;
        return contiguous ? $"{Short(days[0])}-{Short(days[^1])}" : string.Join(',', days.Select(Short));
    }

    [GeneratedRegex(@"^(?<days>[A-Za-z,\- ]+?)\s+(?<open>\d{2}:\d{2})\s*-\s*(?<close>\d{2}:\d{2})$")]
    private static partial Regex WindowPattern();
}
