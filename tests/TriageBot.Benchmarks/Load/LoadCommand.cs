using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TriageBot.Benchmarks.Load;

/// <summary>
/// <c>load [--conversations N] [--rate TURNS-PER-SECOND] [--rounds R] [--host PATH-TO-TriageBot.dll] [--skip-floor]</c>:
/// measures the floor (unless skipped, to compare builds faster), then the real host (with a fresh SQLite file), each
/// in a process of its own on 127.0.0.1, with the same script, each warmed up, then as a closed loop (capacity) and at
/// the offered rate (latency), and prints a table.
/// </summary>
internal static class LoadCommand
{
    // A whole assessment typed as a professional would: the flow's questions answered by their words.
    public static readonly IReadOnlyList<string> Script = LoadScript.Turns;

    // Enough for the JIT's second tier to settle in both processes (see LoadRun.WarmUpAsync).
    private static readonly TimeSpan WarmupTime = TimeSpan.FromSeconds(45);

    public static async Task<int> RunAsync(string[] args)
    {
        var conversations = Option(args, "--conversations") is { } c ? int.Parse(c, System.Globalization.CultureInfo.InvariantCulture) : 200;
        var hostDll = Option(args, "--host") ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/TriageBot/bin/Release/net10.0/TriageBot.dll"));
        var rate = Option(args, "--rate") is { } r ? double.Parse(r, System.Globalization.CultureInfo.InvariantCulture) : 2000;
        // 16 rounds: the open loop's 51,200 turns (25.6 s at 2,000 a second) hold about eleven of the checkpoint's passes
        // under the write gate. With 4 rounds they held three or four, and each moved the p99.
        var rounds = Option(args, "--rounds") is { } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 16;
        var limit = TimeSpan.FromMinutes(3);

        var floor = args.Contains("--skip-floor") ? [] : await MeasureFloorAsync(conversations, rate, rounds, limit);

        if (!File.Exists(hostDll))
        {
            await Console.Error.WriteLineAsync($"TriageBot host not found at {hostDll}: build it with 'dotnet build -c Release src/TriageBot' or pass --host.");
            return 2;
        }

        var data = Directory.CreateTempSubdirectory("triagebot-load");
        var environment = new Dictionary<string, string>
        {
            ["Storage__SqlitePath"] = Path.Combine(data.FullName, "load.db"),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        try
        {
            var bot = await MeasureServerAsync(hostDll, [], environment, "TriageBot: /api/messages, local mode, SQLite", conversations, rate, rounds, limit);
            Console.WriteLine($"{conversations} concurrent conversations, {Script.Count} turns each × {rounds} rounds, loopback, {Environment.ProcessorCount} cores shared by server and load.");
            Console.WriteLine("| run | load | conversations | turns | failures | turns/s | p50 ms | p99 ms | max ms | server CPU µs/turn |");
            Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var result in floor.Concat(bot))
            {
                Console.WriteLine(result.Row());
            }

            Console.WriteLine();
            foreach (var result in floor.Concat(bot))
            {
                Console.WriteLine($"{result.Label}, {result.Mode}: {result.ServerThreads}; load generator {result.GeneratorCpuPerTurnMicroseconds:F0} µs a turn");
            }

            return bot.Sum(b => b.Failures) == 0 ? 0 : 1;
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private static Task<LoadResult[]> MeasureFloorAsync(int conversations, double rate, int rounds, TimeSpan limit) =>
        MeasureServerAsync(
            typeof(FloorServer).Assembly.Location, ["floor"], new Dictionary<string, string>(), "floor: bare ASP.NET endpoint",
            conversations, rate, rounds, limit);

    /// <summary>Starts <paramref name="dll"/> as a server process of its own on a free loopback port, measures it, and stops it.</summary>
    private static async Task<LoadResult[]> MeasureServerAsync(
        string dll, string[] arguments, Dictionary<string, string> environment, string label, int conversations, double rate, int rounds, TimeSpan limit)
    {
        var port = FreePort();
        // Its own folder as the working directory, as when deployed: the host's content root is watched for changes to
        // appsettings.json, and with a working directory above the temporary database every WAL write woke the watcher.
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var server = Process.Start(start)!;
        _ = server.StandardOutput.ReadToEndAsync();
        _ = server.StandardError.ReadToEndAsync();
        try
        {
            var url = new Uri($"http://127.0.0.1:{port}/");
            await WaitForHealthAsync(url);
            return await MeasureAsync(url, server, label, conversations, rate, rounds, limit);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private static async Task<LoadResult[]> MeasureAsync(Uri url, Process server, string label, int conversations, double rate, int rounds, TimeSpan limit)
    {
        using var run = new LoadRun(url, conversations, Script, limit);
        await run.WarmUpAsync(WarmupTime);
        var start = ServerSample.Take(server);
        var closed = await run.RunClosedAsync(label, rounds);
        closed = ServerSample.Take(server).Since(start, closed);

        // Counted from when the conversations are in place: their placing turns (1,500 of them for 200 conversations)
        // are not in the open loop's latencies, and counting their CPU made each open-loop turn look a tenth dearer.
        var open = await run.RunOpenAsync(label, rate, rounds, () => start = ServerSample.Take(server));
        return [closed, ServerSample.Take(server).Since(start, open)];
    }

    /// <summary>The server's CPU time, in all and by thread, and this process's (the load generator's), at one moment.</summary>
    private sealed record ServerSample(TimeSpan Cpu, ThreadTimes Threads, TimeSpan GeneratorCpu)
    {
        public static ServerSample Take(Process server)
        {
            using var generator = Process.GetCurrentProcess();
            return new(server.TotalProcessorTime, ThreadTimes.Take(server.Id), generator.TotalProcessorTime);
        }

        /// <summary><paramref name="result"/> with the server's and the generator's CPU from <paramref name="start"/> to this sample.</summary>
        public LoadResult Since(ServerSample start, LoadResult result) => result with
        {
            ServerCpu = Cpu - start.Cpu,
            ServerThreads = Threads.PerTurn(start.Threads, result.Turns),
            GeneratorCpu = GeneratorCpu - start.GeneratorCpu,
        };
    }

    private static async Task WaitForHealthAsync(Uri url)
    {
        using var http = new HttpClient { BaseAddress = url };
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                if ((await http.GetAsync("healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The host at {url} did not answer /healthz within 20 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
