using BenchmarkDotNet.Attributes;
using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Storage;
using TriageBot.Dialogs.Triage;
using TriageBot.Thresholds.Engine;
using TriageBot.Thresholds.Packs;

namespace TriageBot.Benchmarks.Dialogs;

/// <summary>
/// One full turn through the dialog engine on SQLite: load state, answer the waiting question, render the next
/// question's card, save state. Each operation is two turns (answer, then "back" to the same question), so the
/// state stays the same size from one operation to the next.
/// </summary>
[MemoryDiagnoser]
public class DialogTurnBenchmarks
{
    private DirectoryInfo _folder = null!;
    // Typed as the interface: BenchmarkDotNet needs an unsealed class, and the analyzers a sealed one to own a disposable field.
    private IStorage _storage = null!;
    private DialogRunner _runner = null!;
    private int _turn;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("triagebot-turn");
        var content = TriageContent.Plymouth(new ThresholdEngine(PackReader.LoadEmbedded("plymouth")));
        _storage = new SqliteStorage(Path.Combine(_folder.FullName, "turn.db"), TimeProvider.System);
        _runner = TriageBotDialogs.CreateRunner(content, _storage, TimeProvider.System, TimeSpan.FromDays(7));
        foreach (var text in TriageScript.Turns.Take(6))
        {
            _runner.RunTurnAsync(new TurnInput("bench", "user", $"setup-{_turn++}", text, null)).GetAwaiter().GetResult();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        (_storage as IDisposable)?.Dispose();
        _folder.Delete(recursive: true);
    }

    [Benchmark(OperationsPerInvoke = 2)]
    public async Task<int> AnswerThenBack()
    {
        var answered = await _runner.RunTurnAsync(new TurnInput("bench", "user", $"t{_turn++}", "Told me this morning.", null));
        var back = await _runner.RunTurnAsync(new TurnInput("bench", "user", $"t{_turn++}", "back", null));
        return answered.Count + back.Count;
    }
}
