using System.Diagnostics;
using System.Globalization;
using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Storage;
using TriageBot.Dialogs.Triage;
using TriageBot.Thresholds.Engine;
using TriageBot.Thresholds.Packs;

namespace TriageBot.Benchmarks.Dialogs;

/// <summary>
/// <c>dialogs [--conversations N] [--memory] [--back STEPS]</c>: N conversations at once, each typing a whole assessment
/// through the real triage dialogs with SQLite storage in a temporary file (or in memory): every turn reads and writes
/// state, as in production. <c>--back</c> sets how many questions "back" can return through (default
/// <see cref="TriageBotDialogs.BackSteps"/>), to show what the back-history snapshots cost.
/// Bounded in count (N × 16 turns) and time (3 minutes). Prints turns per second and the latency percentiles.
/// </summary>
internal static class DialogTurnRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var i = Array.IndexOf(args, "--conversations");
        var conversations = i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : 50;
        var folder = Directory.CreateTempSubdirectory("triagebot-dialogs");
        try
        {
            var content = TriageContent.Plymouth(new ThresholdEngine(PackReader.LoadEmbedded("plymouth")));
            using var sqlite = new SqliteStorage(Path.Combine(folder.FullName, "bench.db"), TimeProvider.System);
            IStorage storage = args.Contains("--memory") ? new MemoryStorage(TimeProvider.System) : sqlite;
            var b = Array.IndexOf(args, "--back");
            var options = new DialogRunnerOptions { MaxBackSteps = b >= 0 ? int.Parse(args[b + 1], CultureInfo.InvariantCulture) : TriageBotDialogs.BackSteps };
            var runner = TriageBotDialogs.CreateRunner(content, storage, TimeProvider.System, TimeSpan.FromDays(7), null, options);

            // Warm-up, not measured: JIT, the connection pool, the schema.
            for (var w = 0; w < 20; w++)
            {
                await PlayAsync(runner, $"warmup-{w}", null, CancellationToken.None);
            }

            using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            var latencies = new List<double>[conversations];
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => Task.Run(async () =>
            {
                latencies[c] = new List<double>(TriageScript.Turns.Count);
                await PlayAsync(runner, $"c{c}", latencies[c], stop.Token);
            })));
            clock.Stop();

            var all = latencies.SelectMany(l => l).Order().ToArray();
            double P(double p) => all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {conversations} conversations | {all.Length} turns | {all.Length / clock.Elapsed.TotalSeconds:F0} turns/s | p50 {P(0.50):F3} ms | p99 {P(0.99):F3} ms | max {all[^1]:F3} ms |{(stop.IsCancellationRequested ? " (time limit)" : "")}"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task PlayAsync(DialogRunner runner, string conversation, List<double>? latencies, CancellationToken cancellationToken)
    {
        for (var turn = 0; turn < TriageScript.Turns.Count && !cancellationToken.IsCancellationRequested; turn++)
        {
            var started = Stopwatch.GetTimestamp();
            var replies = await runner.RunTurnAsync(new TurnInput(conversation, "user-" + conversation, $"{conversation}-{turn}", TriageScript.Turns[turn], null), cancellationToken);
            latencies?.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (replies.Count == 0 || replies[0].Text.StartsWith("Sorry", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Turn {turn} of {conversation} failed: the script no longer fits the flow.");
            }
        }
    }
}
