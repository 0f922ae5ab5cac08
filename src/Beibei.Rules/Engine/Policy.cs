using Beibei.Rules.Decisions;

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
    private Policy(string id, string version, Citation period, IReadOnlyList<Layer> layers, IReadOnlyList<NotEvaluableClause> notEvaluable)
    {
        Id = id;
        Version = version;
        Period = period;
        Layers = layers;
        Clauses = [.. layers.SelectMany(l => l.Clauses)];
        NotEvaluable = notEvaluable;
        NoneInForceReason = new Reason(Evaluator.NoneInForce, period);
        layerOf = [.. layers.SelectMany(l => l.Clauses.Select(_ => l))];
        Reaching = new ReachIndex([.. Clauses.Select(c => c.Reach)]);
        Deciding = new ReachIndex([.. Clauses.Select(c => c.Decides)]);
        EveryClause = new ReachIndex([.. Clauses.Select(_ => Reach.Everywhere)]);
        Versions = [.. layers.SelectMany(l => l.Versions).OrderBy(v => v.From)];
    }

    private readonly Layer[] layerOf;

    /// <summary>The Chongqing (CQ-136) and Beibei (BB-LETTER) rules of November 2022: the city layer <c>chongqing</c> and
    /// the district layer <c>beibei</c>.</summary>
    public static Policy Chongqing2022 { get; } = Policies.Chongqing2022.Chongqing2022Layers.Build();

    /// <summary>An id for the policy.</summary>
    public string Id { get; }

    /// <summary>The policy's version: for Chongqing 2022, the revision of the catalogue it encodes (<c>2</c>).</summary>
    public string Version { get; }

    /// <summary>What the policy's in-force period rests on: the citation of <c>policy.none-in-force</c>.</summary>
    public Citation Period { get; }

    /// <summary>The layers, in order of precedence.</summary>
    public IReadOnlyList<Layer> Layers { get; }

    /// <summary>Every layer's clauses, layer after layer, in order of precedence (the order reasons are listed in).</summary>
    public IReadOnlyList<Clause> Clauses { get; }

    /// <summary>Every layer's dated parameter values, in order of the instant each comes into force.</summary>
    public IReadOnlyList<ParameterVersion> Versions { get; }

    /// <summary>The parts of the sources that state no condition on a person at an instant, with why.</summary>
    public IReadOnlyList<NotEvaluableClause> NotEvaluable { get; }

    /// <summary>The single reason of a decision outside the in-force period (<c>policy.none-in-force</c>).</summary>
    public Reason NoneInForceReason { get; }

    /// <summary>Which clauses can write anything in a situation (<see cref="Clause.Reach"/>).</summary>
    internal ReachIndex Reaching { get; }

    /// <summary>Which clauses can change a verdict in a situation (<see cref="Clause.Decides"/>).</summary>
    internal ReachIndex Deciding { get; }

    /// <summary>Every clause everywhere (for checking that skipping changes nothing).</summary>
    internal ReachIndex EveryClause { get; }

    /// <summary>A policy of <paramref name="layers"/>.</summary>
    /// <param name="id">An id for the policy, e.g. <c>chongqing-2022-11</c>: not empty.</param>
    /// <param name="version">Its version: not empty.</param>
    /// <param name="period">What its in-force period (the options <c>in-force-from</c> and <c>in-force-until</c>) rests on.</param>
    /// <param name="layers">Its layers, in order of precedence: at least one.</param>
    /// <param name="notEvaluable">The parts of its sources that cannot be evaluated, with why.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentException">An id or version is empty; no layer is given; two layers or two clauses share
    /// an id (a clause id must not be <c>policy.none-in-force</c>); a clause has no id, or its citation's first source is not
    /// one of its layer's; or the policy has more than 32 clauses.</exception>
    public static Policy Create(string id, string version, Citation period, IEnumerable<Layer> layers, IEnumerable<NotEvaluableClause>? notEvaluable = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(layers);
        Layer[] list = [.. layers];
        NotEvaluableClause[] parts = [.. notEvaluable ?? []];
        Check(list, parts);
        return new Policy(id, version, period, list, parts);
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
        return Create(id ?? Id, version ?? Version, Period, [.. Layers, layer], NotEvaluable);
    }

    /// <summary>The clause with this id, or <see langword="null"/>.</summary>
    /// <param name="id">A clause id.</param>
    /// <returns>The clause.</returns>
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

    /// <summary>Each dated value names a parameter that can change, is a value it can take, and comes after the version of
    /// the same parameter it replaces (layer by layer, in the order given): two versions of one parameter never overlap.</summary>
    private static void CheckVersions(Layer[] layers)
    {
        var last = new Dictionary<string, ParameterVersion>(StringComparer.Ordinal);
        foreach (var layer in layers)
        {
            foreach (var version in layer.Versions)
            {
                var name = version.Parameter;
                if (PolicyOptions.FindParameter(name) is not { } parameter || name is "in-force-from" or "in-force-until")
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

    private static void Check(Layer[] layers, NotEvaluableClause[] parts)
    {
        if (layers.Length == 0 || layers.Any(l => l is null))
        {
            throw new ArgumentException("A policy needs at least one layer, and no layer may be null.", nameof(layers));
        }

        var layerIds = new HashSet<string>(StringComparer.Ordinal);
        var clauseIds = new HashSet<string>(StringComparer.Ordinal) { Evaluator.NoneInForce };
        foreach (var layer in layers)
        {
            if (!layerIds.Add(layer.Id))
            {
                throw new ArgumentException($"Two layers have the id '{layer.Id}'.", nameof(layers));
            }

            foreach (var clause in layer.Clauses)
            {
                var clauseId = clause.Id;
                if (string.IsNullOrWhiteSpace(clauseId) || clause.Citation is null)
                {
                    throw new ArgumentException($"A clause of layer '{layer.Id}' ({clause.GetType().Name}) has no id or no citation.", nameof(layers));
                }

                if (!clauseIds.Add(clauseId))
                {
                    throw new ArgumentException($"Two clauses have the id '{clauseId}'.", nameof(layers));
                }

                if (clause.Citation.Sources.Count == 0 || !layer.Sources.Contains(clause.Citation.Sources[0]))
                {
                    throw new ArgumentException($"Clause '{clauseId}' must cite first a source of its layer '{layer.Id}' ({string.Join(", ", layer.Sources)}).", nameof(layers));
                }
            }
        }

        if (clauseIds.Count - 1 > ReachIndex.MaxClauses)
        {
            throw new ArgumentException($"A policy holds at most {ReachIndex.MaxClauses} clauses; this one has {clauseIds.Count - 1}.", nameof(layers));
        }

        CheckVersions(layers);
        if (parts.FirstOrDefault(p => p is null || clauseIds.Contains(p.Id)) is { } clash)
        {
            throw new ArgumentException($"The part that cannot be evaluated '{clash.Id}' has the id of a clause.", nameof(parts));
        }
    }
}
