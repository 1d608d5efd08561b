using System.Collections.Concurrent;
using System.Text.Json;
using TriageBot.Channel.Schema;

namespace TriageBot.Channel.Tests.Support;

/// <summary>
/// A tiny bot: echoes messages, welcomes new members, answers <c>adaptiveCard/action</c> with a card, and throws
/// on "boom". Records every activity it is given so tests can assert it was (or was not) called.
/// </summary>
public sealed class EchoBot : IBotHandler
{
    public ConcurrentQueue<Activity> Received { get; } = new();

    public int Calls => Received.Count;

    public Task<TurnResult> OnActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        Received.Enqueue(activity);
        if (activity.Type == ActivityTypes.Message && activity.Text == "boom")
        {
            throw new InvalidOperationException($"bot failed on {activity.Text}");
        }

        return Task.FromResult(activity.Type switch
        {
            ActivityTypes.Message when activity.Text == "twice" =>
                TurnResult.Reply(Activity.CreateMessage("first"), Activity.CreateMessage("second")),
            ActivityTypes.Message => TurnResult.Reply(Activity.CreateMessage($"echo: {activity.Text}")),
            ActivityTypes.ConversationUpdate => TurnResult.Reply(Activity.CreateMessage("welcome")),
            ActivityTypes.Invoke when activity.Name == "adaptiveCard/action" => TurnResult.Invoke(
                InvokeResponse.AdaptiveCardAction(AdaptiveCardInvokeResponse.Card(
                    JsonSerializer.SerializeToElement(new { type = "AdaptiveCard", version = "1.5" })))),
            _ => TurnResult.None,
        });
    }
}
