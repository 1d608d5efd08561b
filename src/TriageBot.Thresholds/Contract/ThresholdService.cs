using System.Collections.Frozen;
using TriageBot.Thresholds.Calendar;
using TriageBot.Thresholds.Engine;
using TriageBot.Thresholds.Packs;

namespace TriageBot.Thresholds.Contract;

/// <summary>The engines of every loaded area, and the clock that fills in "now" when a request gives no time.</summary>
public sealed class ThresholdService
{
    private readonly FrozenDictionary<string, ThresholdEngine> _engines;

    public ThresholdService(IEnumerable<ThresholdEngine> engines, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(engines);
        _engines = engines.ToFrozenDictionary(e => e.Pack.Area, StringComparer.OrdinalIgnoreCase);
        Time = time ?? throw new ArgumentNullException(nameof(time));
    }

    public TimeProvider Time { get; }

    /// <summary>Areas in a fixed (alphabetical) order.</summary>
    public IReadOnlyList<ThresholdEngine> Engines => [.. _engines.Values.OrderBy(e => e.Pack.Area, StringComparer.Ordinal)];

    /// <summary>
    /// Builds the service from the built-in packs; <paramref name="packOverrides"/> (area → file path) replaces a
    /// built-in pack, and <paramref name="hoursOverrides"/> (area → "Mon-Fri 09:00-17:00") sets front-door hours.
    /// </summary>
    public static ThresholdService Create(TimeProvider time, IReadOnlyDictionary<string, string>? packOverrides = null, IReadOnlyDictionary<string, string>? hoursOverrides = null)
    {
        var packs = PackReader.EmbeddedAreas.ToDictionary(a => a, PackReader.LoadEmbedded, StringComparer.OrdinalIgnoreCase);
        foreach (var (area, path) in packOverrides ?? new Dictionary<string, string>())
        {
            using var stream = File.OpenRead(path);
            var pack = PackReader.Load(stream, path);
            if (!string.Equals(pack.Area, area, StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"The pack at '{path}' is for area '{pack.Area}', not '{area}'.", nameof(packOverrides));
            }

            packs[area] = pack;
        }

        var engines = packs.Values.Select(pack =>
        {
            OpeningHours? hours = null;
            if (hoursOverrides is not null && hoursOverrides.TryGetValue(pack.Area, out var spec))
            {
                var fromPack = pack.FrontDoorHours;
                hours = OpeningHours.Parse(spec, fromPack.ClosedOnBankHolidays, fromPack.StatedInDocuments, fromPack.StatedInDocuments ? null : $"The front door's hours ({spec}) are a local setting: the documents do not state them.");
            }

            return new ThresholdEngine(pack, hours);
        });
        return new ThresholdService(engines, time);
    }

    /// <summary>The engine for an area, or an <see cref="AssessmentException"/> naming the areas there are.</summary>
    public ThresholdEngine For(string? area)
    {
        if (string.IsNullOrWhiteSpace(area))
        {
            throw new AssessmentException("unknown-area", $"area is missing: give one of {string.Join(", ", _engines.Keys.Order(StringComparer.Ordinal))}.");
        }

        return _engines.TryGetValue(area, out var engine)
            ? engine
            : throw new AssessmentException("unknown-area", $"Unknown area \"{area}\": TriageBot has frameworks for {string.Join(", ", _engines.Keys.Order(StringComparer.Ordinal))}.");
    }
}
