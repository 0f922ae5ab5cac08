namespace Beibei.Rules.Casebook;

/// <summary>A problem found while reading a casebook file or a case: where it is, which field, which code.</summary>
/// <param name="File">The file (or <c>-</c> for standard input).</param>
/// <param name="Line">The 1-based line, or 0 when unknown.</param>
/// <param name="Field">The field path, e.g. <c>cases[3].person.tests[0].sampled</c>.</param>
/// <param name="Code">The catalogue's error code, e.g. <c>time.no-offset</c>.</param>
/// <param name="Message">A plain sentence.</param>
public sealed record CasebookError(string File, int Line, string Field, string Code, string Message)
{
    /// <summary>One line: <c>file:line: field: message (code)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{File}:{Line}: {Field}: {Message} ({Code})";
}
