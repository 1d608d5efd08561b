using System.Diagnostics;
using System.Globalization;
using TriageBot.Benchmarks.Pacing;
using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Storage;
using TriageBot.Dialogs.Triage;
using TriageBot.Thresholds.Engine;
using TriageBot.Thresholds.Packs;

namespace TriageBot.Benchmarks.Dialogs;

/// <summary>
/// <c>dialogs [--conversations N] [--rounds R] [--rate TURNS-PER-SECOND] [--memory] [--back STEPS]</c>: N conversations
/// at once, each typing R whole assessments one after another through the real triage dialogs, with SQLite storage
/// in a temporary file (or in memory): every turn reads and writes state, as in production.
/// Without <c>--rate</c> each conversation sends its next turn as soon as the reply comes (capacity); with it the
/// turns are offered at that total rate (latency at that load; see <see cref="OpenLoop"/>).
/// <c>--back</c> sets how many questions "back" can return through (default <see cref="TriageBotDialogs.BackSteps"/>).
/// Bounded in count (N × R × 16 turns, by default 12,800, after 20,000 warm-up turns) and time (3 minutes).
/// </summary>
internal static class DialogTurnRun
{
    private const int WarmupTurns = 20_000;
    private const int DefaultTurns = 12_800;

    public static async Task<int> RunAsync(string[] args)
    {
        var conversations = Option(args, "--conversations") ?? 50;
        var rounds = Option(args, "--rounds") ?? Math.Max(1, DefaultTurns / (conversations * TriageScript.Turns.Count));
        var rate = Option(args, "--rate");
        var folder = Directory.CreateTempSubdirectory("triagebot-dialogs");
        try
        {
            var content = TriageContent.Plymouth(new ThresholdEngine(PackReader.LoadEmbedded("plymouth")));
            using var sqlite = new SqliteStorage(Path.Combine(folder.FullName, "bench.db"), TimeProvider.System);
            IStorage storage = args.Contains("--memory") ? new MemoryStorage(TimeProvider.System) : sqlite;
            var options = new DialogRunnerOptions { MaxBackSteps = Option(args, "--back") ?? TriageBotDialogs.BackSteps };
            var runner = TriageBotDialogs.CreateRunner(content, storage, TimeProvider.System, TimeSpan.FromDays(7), null, options);

            // Warm-up, not measured: JIT tiering, the connections, the schema. A server runs for days, so the figures
            // are for steady state; a short warm-up measured the JIT's first tier instead.
            await ClosedLoopAsync(runner, "warmup", conversations, Math.Max(1, WarmupTurns / (conversations * TriageScript.Turns.Count)), null, CancellationToken.None);

            var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(true));
            using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            double[] all;
            TimeSpan elapsed;
            var turns = rounds * TriageScript.Turns.Count;
            if (rate is { } offered)
            {
                var length = TriageScript.Turns.Count;
                for (var c = 0; c < conversations; c++)
                {
                    // Not measured: each conversation is taken to its starting step, so the steps are mixed throughout.
                    for (var step = 0; step < OpenLoop.Phase(c, length); step++)
                    {
                        Succeeded(await runner.RunTurnAsync(Input($"c{c}-0", step)));
                    }
                }

                var result = await OpenLoop.RunAsync(conversations, offered, turns, async (c, turn, token) =>
                {
                    var step = OpenLoop.Phase(c, length) + turn;
                    return Succeeded(await runner.RunTurnAsync(Input($"c{c}-{step / length}", step % length), token));
                }, stop.Token);
                (all, elapsed) = (result.SortedLatencies, result.Elapsed);
            }
            else
            {
                var latencies = new List<double>[conversations];
                var clock = Stopwatch.StartNew();
                await ClosedLoopAsync(runner, "c", conversations, rounds, latencies, stop.Token);
                (all, elapsed) = ([.. latencies.SelectMany(l => l).Order()], clock.Elapsed);
            }

            double P(double p) => Latency.Percentile(all, p);
            var mode = rate is { } r ? $"offered {r} turns/s" : "closed loop";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {conversations} conversations, {mode} | {(storage is MemoryStorage ? "memory" : "SQLite")} | {all.Length} turns | {all.Length / elapsed.TotalSeconds:F0} turns/s | p50 {P(0.50):F3} ms | p99 {P(0.99):F3} ms | max {all[^1]:F3} ms |{(stop.IsCancellationRequested ? " (time limit)" : "")}"));
            Console.WriteLine($"GC {GC.CollectionCount(0) - gcBefore.Item1}/{GC.CollectionCount(1) - gcBefore.Item2}/{GC.CollectionCount(2) - gcBefore.Item3} pause {(GC.GetTotalPauseDuration() - gcBefore.Item4).TotalMilliseconds} ms, {(GC.GetTotalAllocatedBytes(true) - gcBefore.Item5) / all.Length / 1024} KB/turn");
            return 0;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static int? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : null;
    }

    private static TurnInput Input(string conversation, int turn) =>
        new(conversation, "user-" + conversation, $"{conversation}-{turn}", TriageScript.Turns[turn], null);

    private static bool Succeeded(IReadOnlyList<BotMessage> replies) =>
        replies.Count > 0 && !replies[0].Text.StartsWith("Sorry", StringComparison.Ordinal)
            ? true
            : throw new InvalidOperationException("A turn failed: the script no longer fits the flow.");

    private static Task ClosedLoopAsync(DialogRunner runner, string prefix, int conversations, int rounds, List<double>[]? latencies, CancellationToken cancellationToken) =>
        Task.WhenAll(Enumerable.Range(0, conversations).Select(c => Task.Run(async () =>
        {
            var measured = latencies is null ? null : latencies[c] = new List<double>(TriageScript.Turns.Count * rounds);
            for (var round = 0; round < rounds && !cancellationToken.IsCancellationRequested; round++)
            {
                var conversation = $"{prefix}{c}-{round}";
                for (var turn = 0; turn < TriageScript.Turns.Count && !cancellationToken.IsCancellationRequested; turn++)
                {
                    var started = Stopwatch.GetTimestamp();
                    Succeeded(await runner.RunTurnAsync(Input(conversation, turn), cancellationToken));
                    measured?.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        })));
}
