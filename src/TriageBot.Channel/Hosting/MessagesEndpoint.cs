using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TriageBot.Channel.Authentication;
using TriageBot.Channel.Connector;
using TriageBot.Channel.Schema;

namespace TriageBot.Channel.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: the bot's endpoint for the Bot Connector. Order matters: size and media type first,
/// then the token (so nothing unauthenticated is parsed further than needed), then the body, then the checks that
/// bind the token to the activity. Only then does the bot see it.
/// </summary>
internal sealed class MessagesEndpoint
{
    private readonly BotOptions _options;
    private readonly BotTokenValidator _tokens;
    private readonly TurnRunner _turns;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<MessagesEndpoint> _logger;

    public MessagesEndpoint(
        IOptions<BotOptions> options, BotTokenValidator tokens, TurnRunner turns,
        IHostApplicationLifetime lifetime, ILogger<MessagesEndpoint> logger)
    {
        _options = options.Value;
        _tokens = tokens;
        _turns = turns;
        _lifetime = lifetime;
        _logger = logger;
    }

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var aborted = context.RequestAborted;
        if (request.ContentLength > RequestBody.MaxBytes)
        {
            return Problems.TooLarge();
        }

        if (!RequestBody.IsJson(request))
        {
            return Problems.NotJson();
        }

        CallerIdentity caller;
        if (_options.IsLocalMode)
        {
            if (context.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote))
            {
                return Problems.Unauthorized(context, "Local mode (no Bot:AppId) accepts loopback callers only.");
            }

            caller = CallerIdentity.Local;
        }
        else
        {
            var check = await _tokens.ValidateAsync(request.Headers.Authorization.ToString(), aborted);
            if (check.KeysUnavailable)
            {
                return Problems.Error(StatusCodes.Status503ServiceUnavailable, "KeysUnavailable", "Token signing keys are unavailable; try again.");
            }

            if (check.Identity is null)
            {
                return Problems.Unauthorized(context, check.Failure ?? "The token is not valid.");
            }

            caller = check.Identity;
        }

        var body = await RequestBody.ReadAsync(request, aborted);
        if (body is null)
        {
            return Problems.TooLarge();
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ActivityJson.Options);
        }
        catch (JsonException ex)
        {
            var where = string.IsNullOrEmpty(ex.Path) ? string.Empty : $" at {ex.Path}";
            return Problems.Error(StatusCodes.Status400BadRequest, "BadSyntax", $"The body is not a valid activity: malformed or mistyped JSON{where}.");
        }

        if (activity is null)
        {
            return Problems.Error(StatusCodes.Status400BadRequest, "BadSyntax", "The body must be a JSON activity object, not null.");
        }

        if (ActivityValidation.Check(activity) is { } invalid)
        {
            return Problems.Error(StatusCodes.Status400BadRequest, invalid.Code, invalid.Message);
        }

        if (caller.Authorize(activity) is { } refused)
        {
            return Problems.Unauthorized(context, refused);
        }

        if (!ActivityTypes.IsKnown(activity.Type!))
        {
            // Activity spec A2014: a bot SHOULD ignore activity types it does not understand.
            ChannelLog.IgnoredUnknownType(_logger, activity.Type);
            return Results.Ok();
        }

        TurnOutcome outcome;
        try
        {
            outcome = await _turns.RunAsync(activity, aborted, _lifetime.ApplicationStopping);
        }
        catch (ConnectorException)
        {
            return Problems.Error(StatusCodes.Status502BadGateway, "ReplyNotDelivered", "The bot's reply could not be delivered to the channel.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !aborted.IsCancellationRequested)
        {
            ChannelLog.TurnFailed(_logger, activity.Type, activity.Conversation?.Id, ex.GetType().Name);
            return Problems.Error(StatusCodes.Status500InternalServerError, "InternalError", "The bot could not handle this activity.");
        }

        if (activity.ExpectsReplies)
        {
            var activities = outcome.Replies.ToList();
            if (outcome.InvokeResponse is { } invokeInBody)
            {
                // As the SDK did: the invoke answer travels with the replies as an invokeResponse activity.
                activities.Add(new Activity
                {
                    Type = ActivityTypes.InvokeResponse,
                    Value = JsonSerializer.SerializeToElement(new { status = invokeInBody.Status, body = invokeInBody.Body }, ActivityJson.Options),
                });
            }

            return Results.Json(new ExpectedReplies(activities), ActivityJson.Options);
        }

        if (string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal))
        {
            return outcome.InvokeResponse is { } invoke
                ? (invoke.Body is { } invokeBody
                    ? Results.Json(invokeBody, ActivityJson.Options, statusCode: invoke.Status)
                    : Results.StatusCode(invoke.Status))
                : Problems.Error(StatusCodes.Status501NotImplemented, "NotImplemented", $"The bot does not handle invoke '{activity.Name}'.");
        }

        return Results.Ok();
    }
}
