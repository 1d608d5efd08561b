using System.Runtime.InteropServices;

namespace TriageBot.Dialogs.Storage;

/// <summary>
/// Runs background work on a thread of its own at the lowest CPU priority, so that on a busy machine the threads
/// serving turns run first and the work takes the time they leave.
/// </summary>
internal static class LowPriorityThread
{
    /// <summary>The nice value the thread runs at on Linux: the lowest priority an unprivileged process may choose.</summary>
    internal const int Nice = 19;

    /// <summary>Starts <paramref name="work"/> on a new background thread; the task ends with it, or with its exception.</summary>
    public static Task Start(string name, Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                LowerThisThreadsPriority();
                work();
                done.SetResult();
            }
            catch (Exception ex)
            {
                done.SetException(ex);
            }
        })
        {
            IsBackground = true,
            Name = name,
            Priority = ThreadPriority.Lowest,
        };
        thread.UnsafeStart();
        return done.Task;
    }

    private static void LowerThisThreadsPriority()
    {
        // .NET does not apply Thread.Priority on Linux. There the nice value belongs to each thread (setpriority(2),
        // "Bugs"), so PRIO_PROCESS with who = 0 lowers this thread alone, and the thread ends with the work: the
        // priority, which an unprivileged process cannot raise again, goes with it. If the call is refused, the work
        // runs at normal priority, as it did before.
        if (OperatingSystem.IsLinux())
        {
            _ = SetPriority(PrioProcess, 0, Nice);
        }
    }

    private const int PrioProcess = 0;

    // DllImport rather than LibraryImport, whose generated code needs unsafe blocks: these arguments are plain ints,
    // passed as they are, so there is nothing to marshal.
    [DllImport("libc", EntryPoint = "setpriority")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetPriority(int which, int who, int priority);
}
