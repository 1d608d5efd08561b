using NodaTime;

namespace TriageBot.Dialogs.Engine;

/// <summary>One turn: the user's input, the replies so far, and the services a dialog may use.</summary>
public sealed class TurnContext
{
    private readonly List<BotMessage> _replies = [];
    private readonly Func<string, bool> _canGoBackFrom;

    internal TurnContext(
        TurnInput input,
        IPromptRenderer renderer,
        TimeProvider clock,
        DateTimeZone timeZone,
        DialogRunnerOptions options,
        StepValues userValues,
        StepValues conversationValues,
        Func<string, bool> canGoBackFrom)
    {
        Input = input;
        Renderer = renderer;
        Clock = clock;
        TimeZone = timeZone;
        Options = options;
        UserValues = userValues;
        ConversationValues = conversationValues;
        _canGoBackFrom = canGoBackFrom;
    }

    public TurnInput Input { get; }

    public IReadOnlyList<BotMessage> Replies => _replies;

    public IPromptRenderer Renderer { get; }

    public TimeProvider Clock { get; }

    /// <summary>The configured zone in which dates are read.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>Today's date in <see cref="TimeZone"/>, from the injected clock.</summary>
    public LocalDate Today => Instant.FromDateTimeOffset(Clock.GetUtcNow()).InZone(TimeZone).Date;

    /// <summary>Per-user values kept across conversations (persisted with the user's state).</summary>
    public StepValues UserValues { get; }

    /// <summary>Values kept for this conversation outside any dialog (persisted with the conversation's state).</summary>
    public StepValues ConversationValues { get; }

    public EngineTexts Texts => Options.Texts;

    internal DialogRunnerOptions Options { get; }

    internal TurnCommand? Command { get; set; }

    /// <summary>Set while "back" re-asks an earlier question, so cards shown for it before become stale.</summary>
    internal bool RenewNonce { get; set; }

    public void Send(BotMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _replies.Add(message);
    }

    public void SendText(string text) => Send(new BotMessage(text));

    internal bool CanGoBackFrom(string nonce) => _canGoBackFrom(nonce);
}
