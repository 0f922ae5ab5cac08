using Beibei.Rules.Decisions;
using Beibei.Rules.Model;
using Beibei.Rules.Validation;
using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>A policy: its layers of clauses in order of precedence and the parts of its sources that cannot be
/// evaluated.</summary>
/// <remarks>
/// <para>Built with <see cref="Create"/> (or <see cref="WithLayer"/> on an existing policy), which checks the whole
/// policy once: a bad policy is an <see cref="ArgumentException"/> when it is built, never an error at decision time.
/// Whatever index the evaluator needs to skip clauses is derived here, once per policy, from what the clauses
/// declare.</para>
/// <para>Immutable and thread-safe: any number of <see cref="Evaluator"/>s on any threads can share one.</para>
/// </remarks>
public sealed class Policy
{
    private Policy(string id, string version, Citation period, RegionTable regions, LocalDays days, IReadOnlyList<Layer> layers, IReadOnlyList<NotEvaluableClause> notEvaluable, ProofRule? proof)
    {
        Proof = proof;
        Days = days;
        Id = id;
        Version = version;
        Period = period;
        Regions = regions;
        Validation = new InputValidation(regions);
        Layers = layers;
        Clauses = [.. layers.SelectMany(l => l.Clauses)];
        NotEvaluable = notEvaluable;
        NoneInForceReason = new Reason(Evaluator.NoneInForce, period);
        layerOf = [.. layers.SelectMany(l => l.Clauses.Select(_ => l))];
        Governance = new Governance(layers, regions);
        var slots = SlotsOf(layers);
        Reaches = [.. Clauses.Select((c, i) => Resolve(c.Reach, slots[i]))];
        Decisions = [.. Clauses.Select((c, i) => Resolve(c.Decides, slots[i]))];
        ClausePeriods = [.. layers.SelectMany(l => l.ClausePeriods.Select(p => Within(p, l)))];
        periods = [.. ClausePeriods];
        bounds = [.. ClausePeriods.SelectMany(p => new[] { p.HasStart ? p.Start : (Instant?)null, p.HasEnd ? p.End : null }).OfType<Instant>().Distinct().Order()];
        Reaching = new ReachIndex(Reaches);
        Deciding = new ReachIndex(Decisions);
        Versions = [.. layers.SelectMany(l => l.Versions).OrderBy(v => v.From)];
        Parameters = ParametersOf(layers);
        declaredParameters = [.. Parameters.Where(p => p.IsDeclared)];
    }

    private readonly PolicyParameter[] declaredParameters;

    private readonly Layer[] layerOf;

    private readonly Interval[] periods;

    // The instants at which a clause or a layer comes into or goes out of force, in order: empty when all are always in force.
    private readonly Instant[] bounds;

    /// <summary>An id for the policy.</summary>
    public string Id { get; }

    /// <summary>The policy's version, e.g. the revision of the catalogue it encodes.</summary>
    public string Version { get; }

    /// <summary>What the policy's in-force period rests on: the citation of <c>policy.none-in-force</c>.</summary>
    public Citation Period { get; }

    /// <summary>The regions the policy knows: where a person can live, travel to or report to. Facts and questions naming
    /// any other region are invalid input.</summary>
    public RegionTable Regions { get; }

    /// <summary>The policy's calendar days: the time zone its clauses count "today", "the end of the day" and "three days"
    /// in (<see cref="ClauseContext.Days"/>).</summary>
    public LocalDays Days { get; }

    /// <summary>How the policy finds a person's negative proof (<see cref="ClauseContext.Proof"/>), or
    /// <see langword="null"/> when it asks for none.</summary>
    public ProofRule? Proof { get; }

    /// <summary>The validators of input for this policy's regions.</summary>
    internal InputValidation Validation { get; }

    /// <summary>The layers, in order of precedence.</summary>
    public IReadOnlyList<Layer> Layers { get; }

    /// <summary>Every layer's clauses, layer after layer, in order of precedence (the order reasons are listed in).</summary>
    public IReadOnlyList<Clause> Clauses { get; }

    /// <summary>Every parameter of the policy: the catalogue's (<see cref="PolicyOptions.Parameters"/>), then those its
    /// layers declare (<see cref="Layer.Declaring"/>), layer after layer. The casebook reader, the rendered casebook, the
    /// digest and the options' validation read these.</summary>
    public IReadOnlyList<PolicyParameter> Parameters { get; }

    /// <summary>The parameter of the policy named <paramref name="name"/>, or <see langword="null"/>.</summary>
    /// <param name="name">A parameter name such as <c>proof-window</c>.</param>
    /// <returns>The declaration.</returns>
    public PolicyParameter? FindParameter(string name) => Parameters.FirstOrDefault(p => p.Name == name);

    /// <summary>The errors of the options' values for this policy: the catalogue's rules and those of the parameters its
    /// layers declare, with <c>options.NAME</c> fields.</summary>
    internal IReadOnlyList<InputError> CheckOptions(PolicyOptions options)
    {
        var errors = InputValidation.Check(options);
        foreach (var parameter in declaredParameters)
        {
            if (parameter.Check(options) is { } error)
            {
                errors = [.. errors, error with { Field = "options." + error.Field }];
            }
        }

        return errors;
    }

    /// <summary>Every layer's dated parameter values, in order of the instant each comes into force.</summary>
    public IReadOnlyList<ParameterVersion> Versions { get; }

    /// <summary>The parts of the sources that state no condition on a person at an instant, with why.</summary>
    public IReadOnlyList<NotEvaluableClause> NotEvaluable { get; }

    /// <summary>The single reason of a decision outside the in-force period (<c>policy.none-in-force</c>).</summary>
    public Reason NoneInForceReason { get; }

    /// <summary>Which regions the layers govern, as bits of a situation.</summary>
    internal Governance Governance { get; }

    /// <summary>Each clause's <see cref="Clause.Reach"/>, resolved for its layer's governed regions.</summary>
    internal IReadOnlyList<Reach> Reaches { get; }

    /// <summary>Each clause's <see cref="Clause.Decides"/>, resolved for its layer's governed regions.</summary>
    internal IReadOnlyList<Reach> Decisions { get; }

    /// <summary>When each of <see cref="Clauses"/> is in force, in the same order: its own period
    /// (<see cref="Layer.ClausePeriods"/>) within its layer's; an interval with neither start nor end for one always in
    /// force while the policy is.</summary>
    public IReadOnlyList<Interval> ClausePeriods { get; }

    /// <summary>The instants at which a clause or a layer comes into or goes out of force, in order.</summary>
    internal ReadOnlySpan<Instant> PeriodBounds => bounds;

    /// <summary>The clauses in force at <paramref name="at"/> by their own and their layer's periods (the policy's in-force
    /// period, an option, is not looked at), in order of precedence.</summary>
    /// <param name="at">An instant.</param>
    /// <returns>The clauses: of the versions of a clause, the one in force then, if any.</returns>
    public IReadOnlyList<Clause> ClausesInForceAt(Instant at) => [.. Clauses.Where((_, i) => periods[i].Contains(at))];

    /// <summary>The clauses in force at <paramref name="at"/>, as bits in the policy's order (every clause when no clause
    /// or layer has a period).</summary>
    internal uint InForceAt(Instant at)
    {
        var clauses = 0u;
        for (var i = 0; i < periods.Length; i++)
        {
            clauses |= periods[i].Contains(at) ? 1u << i : 0u;
        }

        return clauses;
    }

    /// <summary>A clause's period cut to its layer's.</summary>
    private static Interval Within(Interval clause, Layer layer)
    {
        Instant? start = clause.HasStart ? clause.Start : null;
        Instant? end = clause.HasEnd ? clause.End : null;
        if (layer.From is { } from && (start is null || from > start))
        {
            start = from;
        }

        if (layer.Until is { } until && (end is null || until < end))
        {
            end = until;
        }

        // A version dated wholly outside its layer's period is never in force: an empty interval at the layer's start.
        return start is { } s && end is { } e && e < s ? new Interval(s, s) : new Interval(start, end);
    }

    /// <summary>Which clauses can write anything in a situation (<see cref="Clause.Reach"/>).</summary>
    internal ReachIndex Reaching { get; }

    /// <summary>Which clauses can change a verdict in a situation (<see cref="Clause.Decides"/>).</summary>
    internal ReachIndex Deciding { get; }

    /// <summary>A policy of <paramref name="layers"/>.</summary>
    /// <param name="id">An id for the policy, e.g. <c>example-2022-11</c>: not empty.</param>
    /// <param name="version">Its version: not empty.</param>
    /// <param name="period">What its in-force period (the options <c>in-force-from</c> and <c>in-force-until</c>) rests on.</param>
    /// <param name="regions">The regions it knows.</param>
    /// <param name="days">Its calendar days: the time zone of its jurisdiction, e.g.
    /// <c>new LocalDays(DateTimeZoneProviders.Tzdb["Europe/Berlin"])</c>.</param>
    /// <param name="layers">Its layers, in order of precedence: at least one.</param>
    /// <param name="notEvaluable">The parts of its sources that cannot be evaluated, with why.</param>
    /// <param name="proof">How it finds a person's negative proof, which its clauses read from
    /// <see cref="ClauseContext.Proof"/>; none when null.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentException">An id or version is empty; no layer is given; two layers or two clauses share
    /// an id (a clause id must not be <c>policy.none-in-force</c>); a clause has no id, or its citation's first source is not
    /// one of its layer's; or the policy has more than 32 clauses.</exception>
    public static Policy Create(string id, string version, Citation period, RegionTable regions, LocalDays days, IEnumerable<Layer> layers, IEnumerable<NotEvaluableClause>? notEvaluable = null, ProofRule? proof = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(layers);
        Layer[] list = [.. layers];
        NotEvaluableClause[] parts = [.. notEvaluable ?? []];
        Check(list, parts);
        CheckRegions(list, regions);
        return new Policy(id, version, period, regions, days, list, parts, proof);
    }

    /// <summary>This policy with <paramref name="layer"/> after its layers: a district's rules on top of a city's.</summary>
    /// <param name="layer">The layer.</param>
    /// <param name="id">The new policy's id; this one's when null.</param>
    /// <param name="version">The new policy's version; this one's when null.</param>
    /// <returns>A new policy, checked as <see cref="Create"/> checks one; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">See <see cref="Create"/>.</exception>
    public Policy WithLayer(Layer layer, string? id = null, string? version = null)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return Create(id ?? Id, version ?? Version, Period, Regions, Days, [.. Layers, layer], NotEvaluable, Proof);
    }

    /// <summary>The clause with this id, or <see langword="null"/>.</summary>
    /// <param name="id">A clause id.</param>
    /// <returns>The clause: of dated versions of one clause, the first (see <see cref="ClausesInForceAt"/> for the one in
    /// force at an instant).</returns>
    public Clause? FindClause(string id) => Clauses.FirstOrDefault(c => c.Id == id);

    /// <summary>The layer that holds the clause with this id, or <see langword="null"/>.</summary>
    /// <param name="clauseId">A clause id.</param>
    /// <returns>The layer.</returns>
    public Layer? LayerOf(string clauseId)
    {
        for (var i = 0; i < Clauses.Count; i++)
        {
            if (Clauses[i].Id == clauseId)
            {
                return layerOf[i];
            }
        }

        return null;
    }

    /// <summary>Every obligation id the policy's clauses can impose.</summary>
    /// <returns>The ids, in clause order.</returns>
    public IEnumerable<string> ObligationIds() => Clauses.SelectMany(c => c.ObligationIds);

    /// <summary>The catalogue's parameters and the layers' own, in order.</summary>
    private static PolicyParameter[] ParametersOf(IEnumerable<Layer> layers) => [.. PolicyOptions.Parameters, .. layers.SelectMany(l => l.Parameters)];

    /// <summary>No two parameters share a name, and every clause reads parameters of the policy only.</summary>
    private static void CheckParameters(Layer[] layers)
    {
        var names = new HashSet<string>(PolicyOptions.Names, StringComparer.Ordinal);
        foreach (var layer in layers)
        {
            if (layer.Parameters.FirstOrDefault(p => !names.Add(p.Name)) is { } clash)
            {
                throw new ArgumentException($"Layer '{layer.Id}' declares parameter '{clash.Name}', which the policy has already.", nameof(layers));
            }
        }

        foreach (var clause in layers.SelectMany(l => l.Clauses))
        {
            if (clause.Parameters.FirstOrDefault(n => !names.Contains(n)) is { } unknown)
            {
                throw new ArgumentException($"Clause '{clause.Id}' reads parameter '{unknown}', which no layer of the policy declares.", nameof(layers));
            }
        }
    }

    /// <summary>Each dated value names a parameter that can change, is a value it can take, and comes after the version of
    /// the same parameter it replaces (layer by layer, in the order given): two versions of one parameter never overlap.</summary>
    private static void CheckVersions(Layer[] layers)
    {
        var last = new Dictionary<string, ParameterVersion>(StringComparer.Ordinal);
        var parameters = ParametersOf(layers);
        foreach (var layer in layers)
        {
            foreach (var version in layer.Versions)
            {
                var name = version.Parameter;
                if (parameters.FirstOrDefault(p => p.Name == name) is not { } parameter || name is "in-force-from" or "in-force-until")
                {
                    throw new ArgumentException($"Layer '{layer.Id}' dates a value of '{name}', which is not a parameter that can change on a date.", nameof(layers));
                }

                var scratch = new PolicyOptions();
                if (!parameter.TrySet(scratch, version.Value) || parameter.Check(scratch) is not null)
                {
                    throw new ArgumentException($"Layer '{layer.Id}' dates a value of '{name}' that it cannot take: {version.Value}.", nameof(layers));
                }

                if (last.TryGetValue(name, out var before) && version.From <= before.From)
                {
                    throw new ArgumentException(
                        $"Layer '{layer.Id}' dates '{name}' from {version.From}, not after the version it replaces (from {before.From}): versions of one parameter must come in order and cannot overlap.",
                        nameof(layers));
                }

                last[name] = version;
            }
        }
    }

    /// <summary>The governance slot of each clause's layer, in clause order: -1 for a layer that governs every region.</summary>
    private static int[] SlotsOf(IReadOnlyList<Layer> layers)
    {
        var slots = new List<int>();
        var next = 0;
        foreach (var layer in layers)
        {
            var slot = layer.Governs is null ? -1 : next++;
            slots.AddRange(layer.Clauses.Select(_ => slot));
        }

        return [.. slots];
    }

    private static Reach Resolve(Reach reach, int slot) => slot < 0
        ? reach.Resolve(Situation.None, Situation.None, Situation.None)
        : reach.Resolve(Governance.Home(slot), Governance.To(slot), Governance.Place(slot));

    /// <summary>A layer's governed regions are the policy's, at most <see cref="Governance.MaxSlots"/> layers name theirs,
    /// and every clause states its reach in the bits of <see cref="Situation"/>.</summary>
    private static void CheckRegions(Layer[] layers, RegionTable regions)
    {
        if (layers.Count(l => l.Governs is not null) > Governance.MaxSlots)
        {
            throw new ArgumentException($"At most {Governance.MaxSlots} layers of a policy can name the regions they govern.", nameof(layers));
        }

        foreach (var layer in layers)
        {
            if (layer.Governs?.FirstOrDefault(r => !regions.Contains(r)) is { } stranger)
            {
                throw new ArgumentException($"Layer '{layer.Id}' governs '{stranger.Id}', which is not a region of the policy's table.", nameof(layers));
            }

            foreach (var clause in layer.Clauses)
            {
                var (reach, decides) = (clause.Reach, clause.Decides);
                if (!Declared(reach) || !Declared(decides))
                {
                    throw new ArgumentException($"Clause '{clause.Id}' states its reach with bits that are not of Situation.", nameof(layers));
                }

                if (!Within(decides, reach))
                {
                    throw new ArgumentException($"Clause '{clause.Id}' decides where it does not reach: each set of its Decides must require all the bits of a set of its Reach.", nameof(layers));
                }
            }
        }

        static bool Declared(Reach reach) => ((reach.First | reach.Second) & ~Governance.Declared) == 0;

        // Each set of the decisions requires at least the bits of one set of the reach, so every situation decided is reached.
        static bool Within(Reach decides, Reach reach) => decides.IsNowhere
            || (!reach.IsNowhere && Implies(decides.First, reach) && Implies(decides.Second, reach));

        static bool Implies(Situation set, Reach reach) => (reach.First & ~set) == 0 || (reach.Second & ~set) == 0;
    }

    /// <summary>The clause at <paramref name="index"/> of <paramref name="layer"/>, whose id an earlier clause has, is a
    /// dated version of the clause with that id just before it in the same layer, and starts at or after the end of that
    /// one (which then has an end).</summary>
    /// <exception cref="ArgumentException">The earlier clause is another layer's, or the versions overlap or come out of order.</exception>
    private static void CheckLaterVersion(Layer layer, int index)
    {
        var id = layer.Clauses[index].Id;
        var before = index - 1;
        while (before >= 0 && !string.Equals(layer.Clauses[before].Id, id, StringComparison.Ordinal))
        {
            before--;
        }

        if (before < 0)
        {
            throw new ArgumentException($"Two clauses have the id '{id}': versions of one clause must be in one layer.", "layers");
        }

        var (earlier, later) = (layer.ClausePeriods[before], layer.ClausePeriods[index]);
        if (!earlier.HasEnd || !later.HasStart || later.Start < earlier.End)
        {
            throw new ArgumentException(
                $"Two clauses have the id '{id}' in layer '{layer.Id}', in force {Describe(earlier)}, then {Describe(later)}: as versions of one clause they overlap or come out of order. Add each version with Layer.Add(clause, from, until), in order, each from the end of the one before or later.",
                "layers");
        }

        static string Describe(Interval period) =>
            $"[{(period.HasStart ? NodaTime.Text.InstantPattern.ExtendedIso.Format(period.Start) : "always")}, {(period.HasEnd ? NodaTime.Text.InstantPattern.ExtendedIso.Format(period.End) : "no end")})";
    }

    private static void Check(Layer[] layers, NotEvaluableClause[] parts)
    {
        if (layers.Length == 0 || layers.Any(l => l is null))
        {
            throw new ArgumentException("A policy needs at least one layer, and no layer may be null.", nameof(layers));
        }

        var layerIds = new HashSet<string>(StringComparer.Ordinal);
        var clauseIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var layer in layers)
        {
            if (!layerIds.Add(layer.Id))
            {
                throw new ArgumentException($"Two layers have the id '{layer.Id}'.", nameof(layers));
            }

            for (var index = 0; index < layer.Clauses.Count; index++)
            {
                var clause = layer.Clauses[index];
                var clauseId = clause?.Id;
                if (string.IsNullOrWhiteSpace(clauseId) || clause!.Citation is null)
                {
                    throw new ArgumentException($"A clause of layer '{layer.Id}' ({clause?.GetType().Name}) has no id or no citation.", nameof(layers));
                }

                if (string.Equals(clauseId, Evaluator.NoneInForce, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"Clause id '{clauseId}' of layer '{layer.Id}' is the engine's own: the reason of a decision when no part of the policy is in force.", nameof(layers));
                }

                if (!clauseIds.Add(clauseId))
                {
                    CheckLaterVersion(layer, index);
                }

                if (clause.Citation.Sources.Count == 0 || !layer.Sources.Contains(clause.Citation.Sources[0]))
                {
                    throw new ArgumentException($"Clause '{clauseId}' must cite first a source of its layer '{layer.Id}' ({string.Join(", ", layer.Sources)}).", nameof(layers));
                }
            }
        }

        // Each version of a clause takes a place of its own in the evaluator's indexes.
        var count = layers.Sum(l => l.Clauses.Count);
        if (count > ReachIndex.MaxClauses)
        {
            throw new ArgumentException($"A policy holds at most {ReachIndex.MaxClauses} clauses; this one has {count} (each version of a clause counts).", nameof(layers));
        }

        CheckParameters(layers);
        CheckVersions(layers);
        if (parts.FirstOrDefault(p => p is null || clauseIds.Contains(p.Id)) is { } clash)
        {
            throw new ArgumentException($"The part that cannot be evaluated '{clash.Id}' has the id of a clause.", nameof(parts));
        }
    }
}
