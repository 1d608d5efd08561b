using System.Globalization;

namespace TriageBot.Benchmarks.Load;

/// <summary>
/// The CPU time of each thread of a process, from Linux's <c>/proc/PID/task/*/schedstat</c> (nanoseconds on a core,
/// nanoseconds waiting for one) and <c>status</c> (context switches). It says which threads a turn's CPU goes to, which
/// the process total cannot: on this machine the total swings with the VM, while each thread's share moves less.
/// Elsewhere, or if the files cannot be read, a snapshot is empty and the report says so.
/// </summary>
internal sealed class ThreadTimes
{
    private readonly Dictionary<int, Sample> _threads;

    private ThreadTimes(Dictionary<int, Sample> threads)
    {
        _threads = threads;
    }

    /// <summary>The threads as they stand now; a thread that ends before it is read is left out.</summary>
    public static ThreadTimes Take(int processId)
    {
        var threads = new Dictionary<int, Sample>();
        var folder = $"/proc/{processId}/task";
        if (!OperatingSystem.IsLinux() || !Directory.Exists(folder))
        {
            return new ThreadTimes(threads);
        }

        foreach (var task in Directory.EnumerateDirectories(folder))
        {
            try
            {
                var id = int.Parse(Path.GetFileName(task), CultureInfo.InvariantCulture);
                var schedule = File.ReadAllText(Path.Combine(task, "schedstat")).Split(' ');
                var switches = File.ReadLines(Path.Combine(task, "status"))
                    .Where(line => line.Contains("ctxt_switches:", StringComparison.Ordinal))
                    .Sum(line => long.Parse(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(), CultureInfo.InvariantCulture));
                threads[id] = new Sample(
                    File.ReadAllText(Path.Combine(task, "comm")).Trim(),
                    long.Parse(schedule[0], CultureInfo.InvariantCulture),
                    long.Parse(schedule[1], CultureInfo.InvariantCulture),
                    switches);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                // The thread ended while it was read.
            }
        }

        return new ThreadTimes(threads);
    }

    /// <summary>
    /// What the threads did between <paramref name="before"/> and this snapshot, per turn: µs on a core by kind of thread,
    /// µs waiting for a core, and context switches. A thread started in between counts from zero; one that ended is lost.
    /// </summary>
    public string PerTurn(ThreadTimes before, int turns)
    {
        if (_threads.Count == 0 || turns == 0)
        {
            return "thread times not available";
        }

        double writer = 0, pool = 0, other = 0, waited = 0, switches = 0;
        foreach (var (id, now) in _threads)
        {
            var then = before._threads.TryGetValue(id, out var earlier) && earlier.Name == now.Name ? earlier : new Sample(now.Name, 0, 0, 0);
            var ran = (now.RunNanoseconds - then.RunNanoseconds) / 1000.0;
            // Thread names are cut to 15 characters: "SQLite state writer" reads "SQLite state wr".
            if (now.Name.StartsWith("SQLite", StringComparison.Ordinal))
            {
                writer += ran;
            }
            else if (now.Name.StartsWith(".NET TP Worker", StringComparison.Ordinal))
            {
                pool += ran;
            }
            else
            {
                other += ran;
            }

            waited += (now.WaitNanoseconds - then.WaitNanoseconds) / 1000.0;
            switches += now.Switches - then.Switches;
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"µs/turn: SQLite writer {writer / turns:F0}, thread pool {pool / turns:F0}, other {other / turns:F0}; waiting for a core {waited / turns:F0}; {switches / turns:F2} context switches a turn");
    }

    private sealed record Sample(string Name, long RunNanoseconds, long WaitNanoseconds, long Switches);
}
