using System.Text.Json;

namespace TriageBot.Dialogs.Engine;

/// <summary>A prompt's reading of one answer: the value it returns, or the problem to tell the user.</summary>
public readonly record struct PromptRecognition(bool Succeeded, JsonElement Value, string? Problem)
{
    public static PromptRecognition Success(JsonElement value) => new(true, value, null);

    public static PromptRecognition Success<T>(T value) => new(true, DialogJson.ToElement(value), null);

    public static PromptRecognition Failure(string problem) => new(false, default, problem);
}
