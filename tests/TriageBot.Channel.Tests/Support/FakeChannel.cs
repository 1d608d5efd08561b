using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TriageBot.Channel.Tests.Support;

/// <summary>
/// A Kestrel server on 127.0.0.1 standing in for a channel's serviceUrl. It records what the bot posts and
/// answers with scripted statuses (then 200 with an id).
/// </summary>
public sealed class FakeChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _script = new();

    private FakeChannel(WebApplication app) => _app = app;

    public ConcurrentQueue<Received> Requests { get; } = new();

    public string ServiceUrl { get; private set; } = "";

    public sealed record Received(string Method, string RawTarget, string? Authorization, string Body);

    public static async Task<FakeChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var channel = new FakeChannel(app);
        app.Run(channel.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        channel.ServiceUrl = address.TrimEnd('/') + "/amer/";
        return channel;
    }

    /// <summary>The next answers, in order; after them every request gets 200.</summary>
    public void Script(params (int Status, string? RetryAfter)[] answers)
    {
        foreach (var answer in answers)
        {
            _script.Enqueue(answer);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        Requests.Enqueue(new Received(context.Request.Method, rawTarget, context.Request.Headers.Authorization.ToString(), body));
        if (_script.TryDequeue(out var answer))
        {
            context.Response.StatusCode = answer.Status;
            if (answer.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = answer.RetryAfter;
            }

            return;
        }

        await context.Response.WriteAsJsonAsync(new { id = $"reply-{Requests.Count}" });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
