using TriageBot.Channel.Schema;

namespace TriageBot.Channel.DirectLine;

/// <summary>One local Direct Line conversation: its token, its transcript (user and bot activities, in order).</summary>
internal sealed class DirectLineConversation
{
    public DirectLineConversation(string id, string token, DateTimeOffset tokenExpires, DateTimeOffset now)
    {
        Id = id;
        Token = token;
        TokenExpires = tokenExpires;
        LastUsed = now;
    }

    public string Id { get; }
    public string Token { get; set; }
    public DateTimeOffset TokenExpires { get; set; }
    public DateTimeOffset LastUsed { get; set; }
    public List<Activity> Activities { get; } = [];
    public HashSet<string> KnownMembers { get; } = new(StringComparer.Ordinal);
}
