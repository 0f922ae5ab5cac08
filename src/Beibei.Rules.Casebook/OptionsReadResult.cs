namespace Beibei.Rules.Casebook;

/// <summary>Policy options read from text (configuration, environment variables), or every problem with them.</summary>
/// <param name="Options">The options, when every value could be read.</param>
/// <param name="Errors">The problems, each with its parameter's name as field and the catalogue's code.</param>
public sealed record OptionsReadResult(PolicyOptions? Options, IReadOnlyList<CasebookError> Errors);
