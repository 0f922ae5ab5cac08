using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using NodaTime;

namespace Beibei.Rules.Casebook;

/// <summary>One case of a casebook: the situation, the question, and what is expected.</summary>
public sealed record CaseDefinition
{
    /// <summary>The policy the case is decided under: <c>Policy.Chongqing2022</c> unless the file was read
    /// for another (<see cref="CasebookReader.ReadFile(string, Engine.Policy)"/>).</summary>
    public Policy Policy { get; init; } = Policy.Chongqing2022;

    /// <summary>The case's name, a sentence an auditor understands.</summary>
    public required string Name { get; init; }

    /// <summary>The name in Chinese (<c>name-zh</c>), for the Chinese casebook; the Chinese book shows <see cref="Name"/>
    /// where a case has none.</summary>
    public string? NameZh { get; init; }

    /// <summary>The name in <paramref name="language"/>: <see cref="NameZh"/> for <c>zh</c> when there is one.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public string NameIn(string language) =>
        language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) && NameZh is { } zh ? zh : Name;

    /// <summary>The file it was read from.</summary>
    public required string File { get; init; }

    /// <summary>The line the case starts on.</summary>
    public int Line { get; init; }

    /// <summary>The instant asked about (absent when it could not be read; see <see cref="InputErrors"/>).</summary>
    public Instant? At { get; init; }

    /// <summary>The options for this case (the catalogue's defaults where the case sets none).</summary>
    /// <remarks>A case given no options makes its defaults when they are first read, not when it is made: the decision
    /// service reads thousands of cases a second, each given the request's options.</remarks>
    public PolicyOptions Options
    {
        get => field ??= new();
        init;
    }

    /// <summary>The person's facts, when they could be read.</summary>
    public PersonFacts? Person { get; init; }

    /// <summary>The question, when it could be read.</summary>
    public Question? Ask { get; init; }

    /// <summary>What the case expects, or <see langword="null"/> for a case to evaluate only.</summary>
    public CaseExpectation? Expect { get; init; }

    /// <summary>Bad input inside the case (its <c>at</c>, <c>options</c>, <c>person</c> or <c>ask</c>): the case is not evaluated.</summary>
    public IReadOnlyList<CasebookError> InputErrors { get; init; } = [];

    /// <summary>Where each field of the case was written, by field path relative to the case (e.g. <c>person.tests[0].resulted</c>).</summary>
    public IReadOnlyDictionary<string, int> FieldLines { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, int>.Empty;
}
