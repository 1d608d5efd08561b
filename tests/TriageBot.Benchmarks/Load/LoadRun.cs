using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using TriageBot.Benchmarks.Pacing;

namespace TriageBot.Benchmarks.Load;

/// <summary>
/// A bounded load run on loopback: <c>conversations</c> conversations at once, each sending the scripted turns with
/// <c>deliveryMode: expectReplies</c>, so every turn's replies come back in the response and the latency measured
/// is the whole turn. A closed loop (next turn as soon as the reply comes) gives the capacity; an open loop at a
/// given rate gives the latency at that load (see <see cref="OpenLoop"/>). Bounded in count (conversations ×
/// turns × rounds) and in time (it stops at <c>maxDuration</c>). Only loopback targets are accepted.
/// </summary>
internal sealed class LoadRun : IDisposable
{
    private static readonly Uri MessagesPath = new("api/messages", UriKind.Relative);
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");
    private readonly int _conversations;
    private readonly IReadOnlyList<string> _script;
    private readonly TimeSpan _maxDuration;
    private readonly SocketsHttpHandler _handler;
    private readonly HttpClient _http;
    private readonly string _serviceUrl;

    public LoadRun(Uri endpoint, int conversations, IReadOnlyList<string> script, TimeSpan maxDuration)
    {
        if (!endpoint.IsLoopback)
        {
            throw new ArgumentException($"Load runs only target loopback; {endpoint} is not.");
        }

        (_conversations, _script, _maxDuration) = (conversations, script, maxDuration);
        _serviceUrl = endpoint.GetLeftPart(UriPartial.Authority) + "/";
        _handler = new SocketsHttpHandler { MaxConnectionsPerServer = conversations, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        _http = new HttpClient(_handler) { BaseAddress = endpoint, Timeout = TimeSpan.FromSeconds(30) };
    }

    public void Dispose()
    {
        _http.Dispose();
        _handler.Dispose();
    }

    /// <summary>
    /// Not measured: the connections, the storage schema, and above all the JIT's tiering in both processes. Under
    /// full load the host was still compiling methods to their second tier 30 s after it started (dotnet-trace's
    /// JIT events: about 375 methods a second), and that compiling took about a sixth of its CPU; a server's
    /// figures are for steady state, so the warm-up runs by time, not by a count of turns.
    /// </summary>
    public async Task WarmUpAsync(TimeSpan duration)
    {
        using var stop = new CancellationTokenSource(_maxDuration);
        var clock = Stopwatch.StartNew();
        for (var pass = 0; clock.Elapsed < duration && !stop.IsCancellationRequested; pass++)
        {
            await ClosedAsync($"warmup{pass}", 1, null, stop.Token);
        }
    }

    public async Task<LoadResult> RunClosedAsync(string label, int rounds)
    {
        using var stop = new CancellationTokenSource(_maxDuration);
        var latencies = new List<double>[_conversations];
        var clock = Stopwatch.StartNew();
        var failures = await ClosedAsync("closed", rounds, latencies, stop.Token);
        clock.Stop();
        return new LoadResult(label, "closed loop", _conversations, [.. latencies.SelectMany(l => l).Order()], failures, clock.Elapsed, stop.IsCancellationRequested);
    }

    /// <summary>The open loop; <paramref name="measuring"/> is called once the unmeasured turns that place the conversations are done.</summary>
    public async Task<LoadResult> RunOpenAsync(string label, double turnsPerSecond, int rounds, Action measuring)
    {
        using var stop = new CancellationTokenSource(_maxDuration);

        // Not measured: each conversation is taken to its starting step, so the steps are mixed from the first turn.
        await Task.WhenAll(Enumerable.Range(0, _conversations).Select(async c =>
        {
            for (var step = 0; step < OpenLoop.Phase(c, _script.Count); step++)
            {
                await SendAsync($"open-{c}-0", step, stop.Token);
            }
        }));
        measuring();
        var result = await OpenLoop.RunAsync(_conversations, turnsPerSecond, rounds * _script.Count, (c, turn, token) =>
        {
            var step = OpenLoop.Phase(c, _script.Count) + turn;
            return SendAsync($"open-{c}-{step / _script.Count}", step % _script.Count, token);
        }, stop.Token);
        var mode = string.Create(CultureInfo.InvariantCulture, $"offered {turnsPerSecond:F0} turns/s");
        return new LoadResult(label, mode, _conversations, result.SortedLatencies, result.Failures, result.Elapsed, stop.IsCancellationRequested);
    }

    private async Task<int> ClosedAsync(string prefix, int rounds, List<double>[]? latencies, CancellationToken cancellationToken)
    {
        var failures = new int[_conversations];
        await Task.WhenAll(Enumerable.Range(0, _conversations).Select(async c =>
        {
            var measured = latencies is null ? null : latencies[c] = new List<double>(_script.Count * rounds);
            for (var round = 0; round < rounds; round++)
            {
                for (var turn = 0; turn < _script.Count && !cancellationToken.IsCancellationRequested; turn++)
                {
                    var started = Stopwatch.GetTimestamp();
                    if (!await SendAsync($"{prefix}-{c}-{round}", turn, cancellationToken))
                    {
                        failures[c]++;
                    }

                    measured?.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        }));
        return failures.Sum();
    }

    /// <summary>
    /// One turn; false if it failed (an error status, a body without the replies, or no answer). The load generator
    /// shares the two cores with the host, so it is kept lean: the activity is written straight to UTF-8 and the reply
    /// read into a pooled buffer. Built as a JSON tree and read back as a string, the turns took the generator 0.45 of
    /// a core at 2,000 turns a second (now 0.35-0.40), time the host's turns waited for.
    /// </summary>
    private async Task<bool> SendAsync(string conversationId, int turn, CancellationToken cancellationToken)
    {
        var body = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(body))
        {
            json.WriteStartObject();
            json.WriteString("type", "message");
            json.WriteString("id", $"{conversationId}-{turn}");
            json.WriteString("channelId", "loadtest");
            json.WriteString("serviceUrl", _serviceUrl);
            json.WriteString("deliveryMode", "expectReplies");
            json.WriteStartObject("from");
            json.WriteString("id", $"user-{conversationId}");
            json.WriteString("name", "Load");
            json.WriteEndObject();
            json.WriteStartObject("recipient");
            json.WriteString("id", "triagebot");
            json.WriteEndObject();
            json.WriteStartObject("conversation");
            json.WriteString("id", conversationId);
            json.WriteEndObject();
            json.WriteString("text", _script[turn]);
            json.WriteEndObject();
        }

        using var content = new ReadOnlyMemoryContent(body.WrittenMemory);
        content.Headers.ContentType = JsonContentType;
        try
        {
            using var response = await _http.PostAsync(MessagesPath, content, cancellationToken);
            return response.IsSuccessStatusCode && await HasRepliesAsync(response.Content, cancellationToken);
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Whether the body is an expectReplies response: it has the <c>activities</c> array.</summary>
    private static async Task<bool> HasRepliesAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            await using var stream = await content.ReadAsStreamAsync(cancellationToken);
            var length = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            return buffer.AsSpan(0, length).IndexOf("\"activities\""u8) >= 0;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

internal sealed record LoadResult(string Label, string Mode, int Conversations, double[] SortedLatencies, int Failures, TimeSpan Elapsed, bool StoppedByTimeLimit)
{
    public int Turns => SortedLatencies.Length;

    /// <summary>The server process's CPU time (all its threads, user and kernel) over the run, when it was measured.</summary>
    public TimeSpan? ServerCpu { get; init; }

    /// <summary>Where the server's CPU went per turn, by kind of thread (see <see cref="ThreadTimes"/>), when it was measured.</summary>
    public string? ServerThreads { get; init; }

    /// <summary>The load generator's CPU time (this process) over the run, when it was measured: it shares the cores with the server.</summary>
    public TimeSpan? GeneratorCpu { get; init; }

    public double? GeneratorCpuPerTurnMicroseconds => GeneratorCpu is { } cpu && Turns > 0 ? cpu.TotalMicroseconds / Turns : null;

    /// <summary>Server CPU per turn in microseconds: the figure latency at a fixed rate depends on, and steadier than the latency itself.</summary>
    public double? ServerCpuPerTurnMicroseconds => ServerCpu is { } cpu && Turns > 0 ? cpu.TotalMicroseconds / Turns : null;

    public double TurnsPerSecond => Turns / Elapsed.TotalSeconds;

    public double Percentile(double p) => Latency.Percentile(SortedLatencies, p);

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Label} | {Mode} | {Conversations} | {Turns} | {Failures} | {TurnsPerSecond:F0} | {Percentile(0.50):F2} | {Percentile(0.99):F2} | {SortedLatencies.LastOrDefault():F2} | {ServerCpuPerTurnMicroseconds:F0} |{(StoppedByTimeLimit ? " (time limit)" : "")}");
}
