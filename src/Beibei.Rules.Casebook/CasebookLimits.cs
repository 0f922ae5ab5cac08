namespace Beibei.Rules.Casebook;

/// <summary>The documented limits on casebook files and requests, each with its own error code. Input past a limit is
/// rejected with one clear error before anything is evaluated; no input makes the reader hang or allocate without
/// bound.</summary>
public static class CasebookLimits
{
    /// <summary>The largest file or request, in bytes (4 MiB): code <see cref="FileSizeCode"/>.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    /// <summary>The deepest nesting of mappings and lists: code <see cref="DepthCode"/>.</summary>
    public const int MaxDepth = 32;

    /// <summary>The most YAML nodes read from one file, counting every use of an alias (so that anchors and aliases that
    /// expand exponentially are cut short): code <see cref="NodesCode"/>.</summary>
    public const int MaxNodes = 250_000;

    /// <summary>The longest single value, in characters: code <see cref="StringCode"/>.</summary>
    public const int MaxValueLength = 10_000;

    /// <summary>The most cases in one file: code <see cref="CasesCode"/>.</summary>
    public const int MaxCases = 10_000;

    /// <summary>The most tests of one person: code <see cref="TestsCode"/>.</summary>
    public const int MaxTests = 1_000;

    /// <summary>A file or request larger than <see cref="MaxBytes"/>.</summary>
    public const string FileSizeCode = "limit.file-size";

    /// <summary>Nesting deeper than <see cref="MaxDepth"/>.</summary>
    public const string DepthCode = "limit.depth";

    /// <summary>More than <see cref="MaxNodes"/> nodes read.</summary>
    public const string NodesCode = "limit.nodes";

    /// <summary>A value longer than <see cref="MaxValueLength"/>.</summary>
    public const string StringCode = "limit.string";

    /// <summary>More than <see cref="MaxCases"/> cases in a file.</summary>
    public const string CasesCode = "limit.cases";

    /// <summary>More than <see cref="MaxTests"/> tests for one person.</summary>
    public const string TestsCode = "limit.tests";

    /// <summary>A file that cannot be read (missing, a folder, no permission).</summary>
    public const string UnreadableCode = "file.unreadable";

    /// <summary>Every code above.</summary>
    public static IReadOnlyList<string> Codes { get; } =
        [FileSizeCode, DepthCode, NodesCode, StringCode, CasesCode, TestsCode, UnreadableCode];
}
