using System.Text.Json.Serialization;

namespace Beibei.Rules.Decisions;

/// <summary>A bad input: nothing is evaluated from an input that has one.</summary>
/// <param name="Code">The stable error code of the catalogue, e.g. <c>region.unknown</c> (see <see cref="ErrorCodes"/>).</param>
/// <param name="Field">The path of the offending field, e.g. <c>person.tests[0].resulted</c>.</param>
/// <param name="Message">A plain sentence saying what is wrong.</param>
public sealed record InputError(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("message")] string Message)
{
    /// <summary>The message in <paramref name="language"/> (<c>en</c> or <c>zh</c>); the code and field stay as they are.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The message.</returns>
    public string MessageIn(string language) => ErrorMessages.In(language, Code, Field, Message);

    /// <summary>Formats the error as <c>field: message (code)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Field}: {Message} ({Code})";
}
