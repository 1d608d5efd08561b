using System.Diagnostics;

namespace TriageBot.Benchmarks.Pacing;

/// <summary>
/// Offers turns at a fixed total rate, as users do, rather than as fast as replies come back. Each conversation
/// sends a turn every <c>conversations / rate</c> seconds, the conversations spread evenly over that interval; a
/// turn is sent only after the previous reply (a person answers what they were asked), and its latency is counted
/// from when it was due, so a slow reply is charged to every turn it delays (no coordinated omission).
/// </summary>
/// <remarks>
/// A closed loop with no pause between turns measures capacity, not latency: by Little's law its mean latency is
/// always conversations / throughput (200 / 2,000 per second = 100 ms), however fast a turn is.
/// </remarks>
internal static class OpenLoop
{
    /// <summary>
    /// Where in its script conversation <paramref name="conversation"/> starts, so that at any moment the conversations
    /// are spread over every step of the script. Started in step, all of them reached the answer card, the heaviest
    /// turn, in the same 100 ms: a burst no real set of users makes.
    /// </summary>
    public static int Phase(int conversation, int scriptLength) => conversation % scriptLength;

    /// <summary>Runs <paramref name="turns"/> turns in each of <paramref name="conversations"/> conversations; returns latencies in ms.</summary>
    public static async Task<OpenLoopResult> RunAsync(
        int conversations, double turnsPerSecond, int turns, Func<int, int, CancellationToken, Task<bool>> sendTurn, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(conversations, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(turnsPerSecond, 0);
        var interval = TimeSpan.FromSeconds(conversations / turnsPerSecond);
        var latencies = new List<double>[conversations];
        var failures = new int[conversations];
        var origin = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => Task.Run(async () =>
        {
            var mine = latencies[c] = new List<double>(turns);
            var offset = interval * c / conversations;
            for (var turn = 0; turn < turns && !cancellationToken.IsCancellationRequested; turn++)
            {
                var due = offset + (interval * turn);
                var wait = due - Stopwatch.GetElapsedTime(origin);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, cancellationToken);
                }

                if (!await sendTurn(c, turn, cancellationToken))
                {
                    failures[c]++;
                }

                mine.Add((Stopwatch.GetElapsedTime(origin) - due).TotalMilliseconds);
            }
        }, cancellationToken)));
        var elapsed = Stopwatch.GetElapsedTime(origin);
        return new OpenLoopResult([.. latencies.SelectMany(l => l).Order()], failures.Sum(), elapsed);
    }
}

/// <summary>Latencies in ms, sorted; the failures; the time from the first turn due to the last reply.</summary>
internal sealed record OpenLoopResult(double[] SortedLatencies, int Failures, TimeSpan Elapsed);

internal static class Latency
{
    /// <summary>The nearest-rank percentile of sorted latencies (NaN if there are none): p99 is the one 99 % are at or under.</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
