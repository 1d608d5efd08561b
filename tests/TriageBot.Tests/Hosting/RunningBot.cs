using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace TriageBot.Tests.Hosting;

/// <summary>The real host (TriageBotApp.Create) on Kestrel at 127.0.0.1:0, with memory storage and a fake clock.</summary>
internal sealed class RunningBot : IAsyncDisposable
{
    private RunningBot(WebApplication app, Uri address, FakeTimeProvider clock, CapturingLoggerProvider logs)
    {
        App = app;
        Address = address;
        Clock = clock;
        Logs = logs;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    public FakeTimeProvider Clock { get; }

    public CapturingLoggerProvider Logs { get; }

    public HttpClient Http { get; }

    /// <summary>Tuesday 24 November 2026, 11:00 UTC (GMT): the front door is open.</summary>
    public static DateTimeOffset WeekdayMorning { get; } = new(2026, 11, 24, 11, 0, 0, TimeSpan.Zero);

    /// <summary>Sunday 22 November 2026, 22:00 UTC: out of hours.</summary>
    public static DateTimeOffset SundayNight { get; } = new(2026, 11, 22, 22, 0, 0, TimeSpan.Zero);

    public static async Task<RunningBot> StartAsync(DateTimeOffset now, params string[] args)
    {
        var clock = new FakeTimeProvider(now);
        var logs = new CapturingLoggerProvider();
        var app = TriageBotApp.Create(
            ["--urls", "http://127.0.0.1:0", "--Storage:Provider", "memory", .. args],
            builder =>
            {
                builder.Services.AddSingleton<TimeProvider>(clock);
                builder.Logging.ClearProviders();
                builder.Logging.AddProvider(logs);
                builder.Logging.SetMinimumLevel(LogLevel.Trace);
            });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new RunningBot(app, new Uri(address + "/"), clock, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
