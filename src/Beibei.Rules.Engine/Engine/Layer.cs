using Beibei.Rules.Decisions;
using Beibei.Rules.Model;
using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>One jurisdiction's part of a <see cref="Policy"/>: a city's rules or a district's, with the sources they come
/// from and their clauses in order of precedence.</summary>
/// <remarks>
/// <para>Immutable and thread-safe: <see cref="Add(Clause)"/> returns a new layer. Layers combine by the strictest outcome, as
/// clauses do (a denial of any clause of any layer denies); each reason cites its own clause, whose citation names first a source of its
/// layer (other sources may follow, such as a district's letter that restates a city rule), which
/// <see cref="Policy.Create"/> checks.</para>
/// <para>Example: <c>Layer.Create("example-district", ["EX-1"]).Add(new MyClause())</c>.</para>
/// </remarks>
public sealed class Layer
{
    private static readonly Interval Always = new(null, null);

    private Layer(string id, IReadOnlyList<string> sources, IReadOnlyList<Clause> clauses, IReadOnlyList<Interval> periods, IReadOnlyList<ParameterVersion> versions, IReadOnlyList<Region>? governs, Instant? from, Instant? until, IReadOnlyList<PolicyParameter> parameters)
    {
        Parameters = parameters;
        Id = id;
        Sources = sources;
        Clauses = clauses;
        ClausePeriods = periods;
        Versions = versions;
        Governs = governs;
        From = from;
        Until = until;
    }

    /// <summary>The first instant the layer is in force at (inclusive), or <see langword="null"/> for the policy's start.</summary>
    public Instant? From { get; }

    /// <summary>The instant the layer stops being in force (exclusive), or <see langword="null"/> for the policy's end.</summary>
    public Instant? Until { get; }

    /// <summary>The layer's id, kebab-case, e.g. <c>example-district</c>.</summary>
    public string Id { get; }

    /// <summary>The ids of the documents the layer's clauses cite (as in <see cref="Citation.Sources"/>).</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>The regions the layer governs (a district's own), or <see langword="null"/> when it governs every region of
    /// the policy (a city's). Its clauses' <see cref="Situation.HomeGoverned"/> and <see cref="Situation.ToGoverned"/> are
    /// relative to these.</summary>
    public IReadOnlyList<Region>? Governs { get; }

    /// <summary>The layer's clauses, in order of precedence.</summary>
    public IReadOnlyList<Clause> Clauses { get; }

    /// <summary>When each of <see cref="Clauses"/> is in force by itself, in the same order: an interval with neither start
    /// nor end for a clause added without a period. The layer's own period (<see cref="From"/>, <see cref="Until"/>)
    /// bounds it too.</summary>
    public IReadOnlyList<Interval> ClausePeriods { get; }

    /// <summary>The parameters the layer declares of its own (<see cref="PolicyParameter.Define{T}"/>), in the order given.</summary>
    public IReadOnlyList<PolicyParameter> Parameters { get; }

    /// <summary>This layer declaring <paramref name="parameter"/>: a parameter of the layer's own, such as a district's
    /// closing hour, which its clauses read with <see cref="PolicyOptions.Get{T}"/> and name in
    /// <see cref="Clause.Parameters"/>. Options set it by name like any other (a casebook's <c>options</c>,
    /// <see cref="PolicyOptions.Set{T}"/>), and <see cref="WithParameterValue"/> can date its values.</summary>
    /// <param name="parameter">The declaration.</param>
    /// <returns>A new layer; this one is unchanged. <see cref="Policy.Create"/> checks that no other parameter of the
    /// policy has its name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameter"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="parameter"/> is one of the catalogue's.</exception>
    public Layer Declaring(PolicyParameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        if (!parameter.IsDeclared)
        {
            throw new ArgumentException($"Parameter '{parameter.Name}' is the catalogue's: every policy has it already.", nameof(parameter));
        }

        return new Layer(Id, Sources, Clauses, ClausePeriods, Versions, Governs, From, Until, [.. Parameters, parameter]);
    }

    /// <summary>The parameter values the layer changes on a date, in the order given.</summary>
    public IReadOnlyList<ParameterVersion> Versions { get; }

    /// <summary>A layer with no clauses yet.</summary>
    /// <param name="id">The layer's id: not empty.</param>
    /// <param name="sources">The ids of the documents its clauses cite: at least one.</param>
    /// <returns>The layer.</returns>
    /// <exception cref="ArgumentException">The id is empty or no source is given.</exception>
    public static Layer Create(string id, IEnumerable<string> sources)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(sources);
        string[] list = [.. sources];
        if (list.Length == 0 || list.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"Layer '{id}' needs at least one source, and no source id may be empty.", nameof(sources));
        }

        return new Layer(id, list, [], [], [], null, null, null, []);
    }

    /// <summary>This layer with <paramref name="clause"/> after its clauses.</summary>
    /// <param name="clause">The clause.</param>
    /// <returns>A new layer; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clause"/> is null.</exception>
    public Layer Add(Clause clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        return new Layer(Id, Sources, [.. Clauses, clause], [.. ClausePeriods, Always], Versions, Governs, From, Until, Parameters);
    }

    /// <summary>This layer with <paramref name="clause"/> after its clauses, in force over [<paramref name="from"/>,
    /// <paramref name="until"/>) only: a dated version of a clause, such as a rule amended on a date. Add the versions of
    /// one clause (instances with the same <see cref="Clause.Id"/>) in order, each starting at or after the end of the one
    /// before; <see cref="Policy.Create"/> refuses versions that overlap or come out of order.</summary>
    /// <remarks>Outside its period the clause is not evaluated, as if it were not in the layer; each end is a change point
    /// of every decision, so <c>valid-until</c> and timelines cross it. A reason names the version in force at the instant
    /// decided (its <see cref="Clause.Citation"/>). The versions take the clause's place in the order of precedence where
    /// the first of them is added.</remarks>
    /// <param name="clause">The clause.</param>
    /// <param name="from">The first instant it is in force at (inclusive).</param>
    /// <param name="until">The end (exclusive), or <see langword="null"/> for none before the layer's.</param>
    /// <returns>A new layer; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clause"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="until"/> is not after <paramref name="from"/>.</exception>
    public Layer Add(Clause clause, Instant from, Instant? until = null)
    {
        ArgumentNullException.ThrowIfNull(clause);
        if (until is { } end && end <= from)
        {
            throw new ArgumentException($"Clause '{clause.Id}' would end ({end}) before it is in force ({from}): a period ends after it starts.", nameof(until));
        }

        // Next to the versions before it, so that the versions of a clause keep one place in the order of precedence.
        var place = Clauses.Count;
        for (var i = Clauses.Count - 1; i >= 0; i--)
        {
            if (string.Equals(Clauses[i].Id, clause.Id, StringComparison.Ordinal))
            {
                place = i + 1;
                break;
            }
        }

        List<Clause> clauses = [.. Clauses];
        List<Interval> periods = [.. ClausePeriods];
        clauses.Insert(place, clause);
        periods.Insert(place, new Interval(from, until));
        return new Layer(Id, Sources, clauses, periods, Versions, Governs, From, Until, Parameters);
    }

    /// <summary>This layer with parameter <paramref name="parameter"/> set to <paramref name="value"/> from
    /// <paramref name="from"/> on: a dated version, such as a proof window that a district shortens on a date.</summary>
    /// <param name="parameter">A parameter name of the policy (<see cref="Policy.Parameters"/>), e.g. <c>proof-window</c>
    /// or one a layer declares (not <c>in-force-from</c> or <c>in-force-until</c>, which bound the policy itself).</param>
    /// <param name="from">The first instant the value is in force at (inclusive); it stays in force until the next version
    /// of the same parameter, or for good.</param>
    /// <param name="value">The value, of the kind <see cref="PolicyParameter.TrySet"/> takes (a <c>Duration</c> for
    /// <c>proof-window</c>, a word as a <see cref="string"/> for <c>proof-anchor</c>).</param>
    /// <returns>A new layer; this one is unchanged. <see cref="Policy.Create"/> checks the value, and that the versions of
    /// one parameter across the policy come in order, each after the one it replaces.</returns>
    public Layer WithParameterValue(string parameter, NodaTime.Instant from, object value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(parameter);
        ArgumentNullException.ThrowIfNull(value);
        return new Layer(Id, Sources, Clauses, ClausePeriods, [.. Versions, new ParameterVersion(parameter, from, value)], Governs, From, Until, Parameters);
    }

    /// <summary>This layer governing <paramref name="regions"/> only: a district's rules, which its clauses scope with
    /// <see cref="Situation.HomeGoverned"/> and <see cref="Situation.ToGoverned"/>.</summary>
    /// <param name="regions">The regions, of the policy's table (which <see cref="Policy.Create"/> checks): at least one.</param>
    /// <returns>A new layer; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">No region is given, or one is null.</exception>
    public Layer Governing(IEnumerable<Region> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        Region[] list = [.. regions.Distinct()];
        if (list.Length == 0 || list.Any(r => r is null))
        {
            throw new ArgumentException($"Layer '{Id}' must govern at least one region, and no region may be null.", nameof(regions));
        }

        return new Layer(Id, Sources, Clauses, ClausePeriods, Versions, list, From, Until, Parameters);
    }

    /// <summary>This layer in force over [<paramref name="from"/>, <paramref name="until"/>) only: a dated version of a
    /// jurisdiction's rules, such as a district letter that takes effect on a date, or one replaced by a later layer.
    /// Outside that period its clauses are not evaluated; each end is a change point of every decision, so
    /// <c>valid-until</c> and timelines cross it.</summary>
    /// <param name="from">The first instant in force (inclusive).</param>
    /// <param name="until">The end (exclusive), or <see langword="null"/> for none before the policy's.</param>
    /// <returns>A new layer; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="until"/> is not after <paramref name="from"/>.</exception>
    public Layer InForce(Instant from, Instant? until = null)
    {
        if (until is { } end && end <= from)
        {
            throw new ArgumentException($"Layer '{Id}' would end ({end}) before it is in force ({from}): a period ends after it starts.", nameof(until));
        }

        return new Layer(Id, Sources, Clauses, ClausePeriods, Versions, Governs, from, until, Parameters);
    }

    /// <summary>Whether the layer is in force at <paramref name="at"/>.</summary>
    /// <param name="at">An instant.</param>
    /// <returns>True within its period (or always, without one).</returns>
    public bool IsInForceAt(Instant at) => (From is not { } from || at >= from) && (Until is not { } until || at < until);

    /// <summary>Returns the layer's id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
