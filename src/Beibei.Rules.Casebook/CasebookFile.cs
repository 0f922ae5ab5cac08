namespace Beibei.Rules.Casebook;

/// <summary>A casebook file as read: its title, the clause it is about, notes, and its cases.</summary>
public sealed record CasebookFile
{
    /// <summary>The file's path as given.</summary>
    public required string Path { get; init; }

    /// <summary>The one-line title.</summary>
    public required string Title { get; init; }

    /// <summary>The clause this file is about, if it names one.</summary>
    public string? Clause { get; init; }

    /// <summary>Free text for the reader.</summary>
    public string? Notes { get; init; }

    /// <summary>The cases, in file order.</summary>
    public IReadOnlyList<CaseDefinition> Cases { get; init; } = [];
}
