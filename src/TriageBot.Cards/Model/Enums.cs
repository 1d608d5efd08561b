namespace TriageBot.Cards.Model;

// Each enum member serialises as the schema's own word (camelCase, e.g. ExtraLarge -> "extraLarge"),
// through the converter registered in CardJson.

public enum TextSize
{
    Default,
    Small,
    Medium,
    Large,
    ExtraLarge,
}

public enum TextWeight
{
    Default,
    Lighter,
    Bolder,
}

public enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}

public enum TextBlockStyle
{
    Default,
    Heading,
}

public enum ContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}

public enum Spacing
{
    Default,
    None,
    Small,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}

public enum HorizontalAlignment
{
    Left,
    Center,
    Right,
}

public enum ImageSize
{
    Auto,
    Stretch,
    Small,
    Medium,
    Large,
}

public enum ChoiceSetStyle
{
    Compact,
    Expanded,
    Filtered,
}

public enum TextInputStyle
{
    Text,
    Tel,
    Url,
    Email,
    Password,
}

public enum ActionStyle
{
    Default,
    Positive,
    Destructive,
}

public enum ActionMode
{
    Primary,
    Secondary,
}

/// <summary>Which inputs an action gathers. <c>None</c> lets Back or Cancel go through while a required field is empty.</summary>
public enum AssociatedInputs
{
    Auto,
    None,
}
