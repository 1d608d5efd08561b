namespace TriageBot.Channel.Authentication;

public enum CallerKind
{
    /// <summary>No token: local mode, loopback caller.</summary>
    Local,

    /// <summary>A token issued by the Bot Connector service (Teams, Web Chat via Azure, ...).</summary>
    BotConnector,

    /// <summary>A token issued by the bot's Entra tenant (Emulator-style callers, managed identities).</summary>
    Entra,
}
