namespace Beibei.Rules.Casebook;

/// <summary>A casebook file as read: its title, the clause it is about, notes, and its cases.</summary>
public sealed record CasebookFile
{
    /// <summary>The file's path as given.</summary>
    public required string Path { get; init; }

    /// <summary>The one-line title.</summary>
    public required string Title { get; init; }

    /// <summary>The title in Chinese (<c>title-zh</c>), for the Chinese casebook; the Chinese book shows <see cref="Title"/>
    /// where a file has none.</summary>
    public string? TitleZh { get; init; }

    /// <summary>The title in <paramref name="language"/>: <see cref="TitleZh"/> for <c>zh</c> when there is one.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The title.</returns>
    public string TitleIn(string language) =>
        language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) && TitleZh is { } zh ? zh : Title;

    /// <summary>The clause this file is about, if it names one.</summary>
    public string? Clause { get; init; }

    /// <summary>Free text for the reader.</summary>
    public string? Notes { get; init; }

    /// <summary>The notes in Chinese (<c>notes-zh</c>), for the Chinese casebook; the Chinese book shows
    /// <see cref="Notes"/> where a file has none.</summary>
    public string? NotesZh { get; init; }

    /// <summary>The notes in <paramref name="language"/>: <see cref="NotesZh"/> for <c>zh</c> when there is one.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The notes, if any.</returns>
    public string? NotesIn(string language) =>
        language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) && NotesZh is { } zh ? zh : Notes;

    /// <summary>The cases, in file order.</summary>
    public IReadOnlyList<CaseDefinition> Cases { get; init; } = [];
}
