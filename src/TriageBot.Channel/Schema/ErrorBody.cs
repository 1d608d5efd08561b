namespace TriageBot.Channel.Schema;

/// <summary>
/// The error shape of the Connector and Direct Line APIs (<c>{"error": {"code", "message"}}</c>), used for every
/// error this channel answers so callers parse one shape.
/// </summary>
public sealed record ErrorBody(ErrorDetail Error)
{
    public static ErrorBody Of(string code, string message) => new(new ErrorDetail(code, message));
}

public sealed record ErrorDetail(string Code, string Message);
