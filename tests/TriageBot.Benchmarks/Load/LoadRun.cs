using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TriageBot.Benchmarks.Load;

/// <summary>
/// A bounded load run on loopback: <c>conversations</c> conversations at once, each sending the same scripted
/// turns with <c>deliveryMode: expectReplies</c>, so every turn's replies come back in the response and the
/// latency measured is the whole turn. Bounded in count (conversations × turns) and in time (it stops at
/// <c>maxDuration</c>). Only 127.0.0.1 targets are accepted.
/// </summary>
internal sealed class LoadRun(Uri endpoint, int conversations, IReadOnlyList<string> script, TimeSpan maxDuration)
{
    public async Task<LoadResult> RunAsync(string label)
    {
        if (!endpoint.IsLoopback)
        {
            throw new ArgumentException($"Load runs only target loopback; {endpoint} is not.");
        }

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = conversations, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = endpoint, Timeout = TimeSpan.FromSeconds(30) };
        using var stop = new CancellationTokenSource(maxDuration);

        // Warm-up: one conversation through the script, not measured (JIT, connection set-up, storage schema).
        await RunConversationAsync(http, "warmup", null, stop.Token);

        var latencies = new List<double>[conversations];
        var failures = new int[conversations];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(async c =>
        {
            latencies[c] = new List<double>(script.Count);
            failures[c] = await RunConversationAsync(http, $"load-{c}", latencies[c], stop.Token);
        }));
        clock.Stop();

        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(label, conversations, all.Length, failures.Sum(), clock.Elapsed, Percentile(all, 0.50), Percentile(all, 0.99), stop.IsCancellationRequested);
    }

    private async Task<int> RunConversationAsync(HttpClient http, string conversationId, List<double>? latencies, CancellationToken cancellationToken)
    {
        var failures = 0;
        for (var turn = 0; turn < script.Count && !cancellationToken.IsCancellationRequested; turn++)
        {
            var activity = new JsonObject
            {
                ["type"] = "message",
                ["id"] = $"{conversationId}-{turn}",
                ["channelId"] = "loadtest",
                ["serviceUrl"] = endpoint.GetLeftPart(UriPartial.Authority) + "/",
                ["deliveryMode"] = "expectReplies",
                ["from"] = new JsonObject { ["id"] = $"user-{conversationId}", ["name"] = "Load" },
                ["recipient"] = new JsonObject { ["id"] = "triagebot" },
                ["conversation"] = new JsonObject { ["id"] = conversationId },
                ["text"] = script[turn],
            };
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.PostAsJsonAsync("api/messages", activity, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (!response.IsSuccessStatusCode || !body.Contains("\"activities\"", StringComparison.Ordinal))
                {
                    failures++;
                }
            }
            catch (HttpRequestException)
            {
                failures++;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            latencies?.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return failures;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

internal sealed record LoadResult(string Label, int Conversations, int Turns, int Failures, TimeSpan Elapsed, double P50Ms, double P99Ms, bool StoppedByTimeLimit)
{
    public double TurnsPerSecond => Turns / Elapsed.TotalSeconds;

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Label} | {Conversations} | {Turns} | {Failures} | {TurnsPerSecond:F0} | {P50Ms:F2} | {P99Ms:F2} |{(StoppedByTimeLimit ? " (time limit)" : "")}");
}
