using System.Text.Json;

namespace TriageBot.Dialogs.Engine;

internal static class TurnCommands
{
    private static readonly Dictionary<string, TurnCommand> Words = new(StringComparer.Ordinal)
    {
        ["help"] = TurnCommand.Help,
        ["cancel"] = TurnCommand.Cancel,
        ["quit"] = TurnCommand.Cancel,
        ["back"] = TurnCommand.Back,
        ["go back"] = TurnCommand.Back,
        ["previous question"] = TurnCommand.Back,
        ["restart"] = TurnCommand.Restart,
        ["start again"] = TurnCommand.Restart,
        ["start over"] = TurnCommand.Restart,
        ["skip"] = TurnCommand.Skip,
        ["dont know"] = TurnCommand.Skip,
        ["do not know"] = TurnCommand.Skip,
        ["i dont know"] = TurnCommand.Skip,
        ["not known"] = TurnCommand.Skip,
    };

    public static TurnCommand? Parse(TurnInput input)
    {
        if (input.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("command", out var command)
            && command.ValueKind == JsonValueKind.String)
        {
            return FromWords(command.GetString());
        }

        return input.Value is null ? FromWords(input.Text) : null;
    }

    private static TurnCommand? FromWords(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Trim() == "?")
        {
            return TurnCommand.Help;
        }

        return Words.TryGetValue(ChoiceMatcher.Normalize(text), out var command) ? command : null;
    }
}
