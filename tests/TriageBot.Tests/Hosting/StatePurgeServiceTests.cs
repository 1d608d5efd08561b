using Microsoft.Extensions.DependencyInjection;
using TriageBot.Dialogs.Storage;

namespace TriageBot.Tests.Hosting;

public sealed class StatePurgeServiceTests
{
    [Fact]
    public async Task State_not_updated_within_the_retention_is_purged_and_recent_state_is_kept()
    {
        await using var bot = await RunningBot.StartAsync(RunningBot.WeekdayMorning, "--Storage:Retention", "2.00:00:00");
        var storage = bot.App.Services.GetRequiredService<IStorage>();
        var old = new TriageBot.Tests.Bot.BotConversation(bot.Http, "a:1old");
        await old.SayAsync("hi");
        bot.Clock.Advance(TimeSpan.FromDays(1));
        var recent = new TriageBot.Tests.Bot.BotConversation(bot.Http, "a:1recent");
        await recent.SayAsync("hi");

        // Two days and a bit after the first conversation: the hourly purge has run since it expired.
        for (var hour = 0; hour < 26; hour++)
        {
            bot.Clock.Advance(TimeSpan.FromHours(1));
        }

        await WaitUntilAsync(async () => !(await ReadAsync(storage, "a:1old")));

        Assert.True(await ReadAsync(storage, "a:1recent"), "state updated a day ago was purged");
        await old.SayAsync("hi");
        Assert.Contains("Is the child in immediate danger right now?", old.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_purge_is_logged_without_details_and_tried_again_next_hour()
    {
        var storage = new FlakyStorage();
        await using var bot = await RunningBot.StartAsync(RunningBot.WeekdayMorning);
        var clock = bot.Clock;
        var options = Microsoft.Extensions.Options.Options.Create(new TriageBot.Hosting.StorageOptions());
        var logger = bot.App.Services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<TriageBot.Hosting.StatePurgeService>>();
        using var service = new TriageBot.Hosting.StatePurgeService(storage, options, clock, logger);

        await service.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => Task.FromResult(storage.Calls >= 1));
        clock.Advance(TimeSpan.FromHours(1));
        await WaitUntilAsync(() => Task.FromResult(storage.Calls >= 2));
        await service.StopAsync(CancellationToken.None);

        var logs = string.Join("\n", bot.Logs.Lines);
        Assert.Contains("Purging old state failed with StorageException", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(FlakyStorage.Secret, logs, StringComparison.Ordinal);
    }

    private static async Task<bool> ReadAsync(IStorage storage, string conversationId)
    {
        var key = StateKeys.ForConversation(conversationId);
        return (await storage.ReadAsync([key])).ContainsKey(key);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        // The purge runs on the host's own task after the fake clock ticks; give it real time to get there.
        for (var i = 0; i < 200 && !await condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(await condition(), "the condition did not become true within 5 seconds");
    }

    private sealed class FlakyStorage : IStorage
    {
        public const string Secret = "Zebulon's stored words";
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(new Dictionary<string, StoreItem>());

        public Task WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public string NewSnapshotKey() => throw new NotSupportedException("The purge takes no snapshots.");

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<int> PurgeOlderThanAsync(TimeSpan retention, TimeProvider time, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            throw new StorageException("Could not purge: " + Secret);
        }
    }
}
