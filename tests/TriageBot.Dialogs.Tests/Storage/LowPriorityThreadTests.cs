using TriageBot.Dialogs.Storage;

namespace TriageBot.Dialogs.Tests.Storage;

public sealed class LowPriorityThreadTests
{
    [Fact]
    public async Task The_work_runs_on_a_background_thread_of_its_own_and_the_task_ends_with_it()
    {
        var caller = Environment.CurrentManagedThreadId;
        (int Id, bool Background, bool Pooled, string? Name) seen = default;

        await LowPriorityThread.Start("checkpoint", () =>
        {
            var thread = Thread.CurrentThread;
            seen = (thread.ManagedThreadId, thread.IsBackground, thread.IsThreadPoolThread, thread.Name);
        }).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.NotEqual(caller, seen.Id);
        Assert.True(seen.Background, "A background thread does not keep the process alive.");
        Assert.False(seen.Pooled, "A pool thread would keep the lowered priority after the work.");
        Assert.Equal("checkpoint", seen.Name);
    }

    [Fact]
    public async Task On_linux_the_work_runs_at_the_lowest_priority_and_the_callers_thread_keeps_its_own()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // The nice value read below is Linux's; elsewhere Thread.Priority does the work.
        }

        var callerBefore = ThisThreadsNice();
        var inside = int.MinValue;

        await LowPriorityThread.Start("checkpoint", () => inside = ThisThreadsNice()).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(LowPriorityThread.Nice, inside);
        Assert.Equal(callerBefore, ThisThreadsNice());
    }

    [Fact]
    public async Task An_exception_in_the_work_ends_the_task_with_it_rather_than_the_process()
    {
        var task = LowPriorityThread.Start("checkpoint", () => throw new InvalidOperationException("disk gone"));

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => task.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("disk gone", thrown.Message);
    }

    /// <summary>The calling thread's nice value: field 19 of /proc/thread-self/stat, counted past the command's closing parenthesis.</summary>
    private static int ThisThreadsNice()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[19 - 3], System.Globalization.CultureInfo.InvariantCulture);
    }
}
