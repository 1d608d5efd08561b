using BenchmarkDotNet.Attributes;
using NodaTime;
using TriageBot.Thresholds.Engine;
using TriageBot.Thresholds.Model;
using TriageBot.Thresholds.Packs;

namespace TriageBot.Benchmarks.Thresholds;

/// <summary>
/// The engine's assess for 1, 10 and 50 indicators, given by source text (the slower look-up) and by id,
/// at a Level 4 out-of-hours moment so the routing does its most work.
/// </summary>
[MemoryDiagnoser]
public class AssessBenchmarks
{
    private ThresholdEngine _engine = null!;
    private AssessmentRequest _byText = null!;
    private AssessmentRequest _byId = null!;

    [Params(1, 10, 50)]
    public int Indicators { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var pack = PackReader.LoadEmbedded("plymouth");
        _engine = new ThresholdEngine(pack);
        // Spread over the levels, each text unambiguous, ending with an Appendix 1 sign (Level 4).
        var chosen = pack.Indicators
            .Where(i => pack.Find(i.Text).Length == 1)
            .Where((_, n) => n % 4 == 1)
            .Take(Indicators - 1)
            .Append(pack.FindById("ply.a1.1")!)
            .ToList();
        var at = Instant.FromUtc(2026, 11, 22, 2, 0); // Sunday night: out of hours
        _byText = new AssessmentRequest([.. chosen.Select(i => i.Text)], at, false, ConsentStatus.NotYetSought);
        _byId = new AssessmentRequest([.. chosen.Select(i => i.Id)], at, false, ConsentStatus.NotYetSought);
    }

    [Benchmark(Baseline = true)]
    public Assessment ByText() => _engine.Assess(_byText);

    [Benchmark]
    public Assessment ById() => _engine.Assess(_byId);
}
