using Microsoft.Extensions.Options;
using TriageBot.Dialogs.Storage;

namespace TriageBot.Hosting;

/// <summary>
/// Deletes conversation state not updated within <see cref="StorageOptions.Retention"/>, at start and then hourly.
/// A failed purge is logged (the exception type only: storage messages can quote stored text) and tried again on the
/// next tick, so a locked database delays the purge rather than stopping the bot.
/// </summary>
internal sealed partial class StatePurgeService(
    IStorage storage, IOptions<StorageOptions> options, TimeProvider clock, ILogger<StatePurgeService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retention = options.Value.Retention;
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            await PurgeAsync(retention, stoppingToken);
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task PurgeAsync(TimeSpan retention, CancellationToken stoppingToken)
    {
        try
        {
            var deleted = await storage.PurgeOlderThanAsync(retention, clock, stoppingToken);
            LogPurged(logger, deleted, retention);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
#pragma warning disable CA1031 // Any failure is retried on the next tick; the bot keeps serving.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogPurgeFailed(logger, ex.GetType().Name, Interval);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} state items not updated within {Retention}.")]
    private static partial void LogPurged(ILogger logger, int count, TimeSpan retention);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purging old state failed with {ExceptionType}; trying again in {Interval}.")]
    private static partial void LogPurgeFailed(ILogger logger, string exceptionType, TimeSpan interval);
}
