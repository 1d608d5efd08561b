using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TriageBot.Benchmarks.Load;

/// <summary>
/// The floor TriageBot is measured against: a bare ASP.NET Core endpoint on loopback that parses the Activity
/// and returns one canned reply in the expectReplies shape. No auth, no state, no dialogs. It runs in a process of
/// its own (<c>floor --urls URL</c>, until killed), as the host does, so that it too has its own thread pool and
/// collections and competes with the load generator for the two cores as the host does. Inside the generator's
/// process it measured a p99 of 3.5-4.2 ms at 2,000 turns a second; in its own, 4.3-4.5 ms.
/// </summary>
internal static class FloorServer
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Text("Healthy"));
        app.MapPost("/api/messages", async (HttpRequest request) =>
        {
            using var activity = await JsonDocument.ParseAsync(request.Body);
            var root = activity.RootElement;
            var reply = new JsonObject
            {
                ["type"] = "message",
                ["replyToId"] = root.GetProperty("id").GetString(),
                ["conversation"] = new JsonObject { ["id"] = root.GetProperty("conversation").GetProperty("id").GetString() },
                ["text"] = "Is the child in immediate danger right now?",
            };
            return Results.Text(new JsonObject { ["activities"] = new JsonArray(reply) }.ToJsonString(), "application/json");
        });
        await app.RunAsync();
        return 0;
    }
}
