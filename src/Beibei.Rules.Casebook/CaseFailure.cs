namespace Beibei.Rules.Casebook;

/// <summary>One expectation a case did not meet.</summary>
/// <param name="Line">The line of the expectation in the file.</param>
/// <param name="Field">The expectation, e.g. <c>expect.verdict</c>.</param>
/// <param name="Expected">What the case expects.</param>
/// <param name="Actual">What the decision says.</param>
public sealed record CaseFailure(int Line, string Field, string Expected, string Actual)
{
    /// <summary>One line: <c>line N: field: expected X, actual Y</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"line {Line}: {Field}: expected {Expected}, actual {Actual}";
}
