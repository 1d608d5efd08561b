namespace TriageBot.Channel.DirectLine;

internal enum TokenStatus
{
    Valid,
    Missing,
    Invalid,
    UnknownConversation,
}
