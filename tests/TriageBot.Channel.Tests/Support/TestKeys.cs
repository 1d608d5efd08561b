namespace TriageBot.Channel.Tests.Support;

/// <summary>Signing keys shared by all tests (generated once; they live as long as the test process).</summary>
public static class TestKeys
{
    /// <summary>The Bot Connector's key, endorsed for Teams and Web Chat only.</summary>
    public static SigningKey Connector { get; } = new("bf-key", "msteams", "webchat");

    public static SigningKey Entra { get; } = new("entra-key");

    /// <summary>An attacker's key that claims the Bot Connector key's id.</summary>
    public static SigningKey RogueWithConnectorKid { get; } = new("bf-key", "msteams");
}
