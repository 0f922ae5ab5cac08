namespace Beibei.Rules.Casebook;

/// <summary>A casebook file read, or the file-level problems that stopped it from being read.</summary>
/// <param name="File">The file, when it could be read; its cases may still carry their own input errors.</param>
/// <param name="Errors">File-level problems: YAML that does not parse, no title or cases, an unknown key outside a
/// case's <c>at</c>, <c>options</c>, <c>person</c> and <c>ask</c>, an <c>expect</c> that names unknown ids.</param>
public sealed record CasebookReadResult(CasebookFile? File, IReadOnlyList<CasebookError> Errors)
{
    /// <summary>True when the file could be read and its cases can be run.</summary>
    public bool IsValid => File is not null && Errors.Count == 0;
}
