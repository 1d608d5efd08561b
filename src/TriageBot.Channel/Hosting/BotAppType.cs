namespace TriageBot.Channel.Hosting;

/// <summary>
/// How the bot's Azure registration authenticates outbound calls. New multi-tenant registrations are deprecated,
/// so single tenant and user-assigned managed identity are the expected choices.
/// </summary>
public enum BotAppType
{
    SingleTenant,
    MultiTenant,
    UserAssignedMSI,
}
