using Beibei.Rules.Decisions;

namespace Beibei.Rules.Engine;

/// <summary>One rule of the policy: its id, where it comes from, the parameters it reads, and its evaluation.</summary>
/// <remarks>
/// A clause is a pure function of the facts as known, the question, the instant and the options. Besides its effect it
/// reports the instants ahead at which its effect could change; the <see cref="Evaluator"/> alone turns those into
/// <c>valid-until</c> and timelines, the same way for every clause. Instances are immutable and thread-safe.
/// </remarks>
public abstract class Clause
{
    /// <summary>A clause; a derived class states its id, citation and evaluation.</summary>
    protected Clause()
    {
    }

    /// <summary>The clause id, kebab-case with a layer prefix, e.g. <c>example.market-hours</c>.</summary>
    public abstract string Id { get; }

    /// <summary>The sources, paragraph, quotation and summary.</summary>
    public abstract Citation Citation { get; }

    /// <summary>The names of the options (<see cref="PolicyOptions.Names"/>) the clause reads.</summary>
    public virtual IReadOnlyList<string> Parameters => [];

    /// <summary>The obligation ids the clause can impose.</summary>
    public virtual IReadOnlyList<string> ObligationIds => [];

    /// <summary>The ids of the named conditions the clause can list in its reason (kebab-case, stable), in its order.</summary>
    public virtual IReadOnlyList<string> ConditionIds => [];

    /// <summary>With which outcomes the clause can list condition <paramref name="conditionId"/> in its reason: a condition
    /// that is only listed while the clause denies (<c>isolation-ended</c> while the isolation holds) is
    /// <see cref="ConditionOutcomes.Unmet"/>; the default is <see cref="ConditionOutcomes.Either"/>.</summary>
    /// <param name="conditionId">One of <see cref="ConditionIds"/>.</param>
    /// <returns>The outcomes.</returns>
    public virtual ConditionOutcomes ListedOutcomes(string conditionId) => ConditionOutcomes.Either;

    /// <summary>The remedy kinds the clause can offer for its denial.</summary>
    public virtual IReadOnlyList<RemedyKind> RemedyKinds => [];

    /// <summary>Where the clause applies: the situations in which it can write anything at all (an effect, a condition, a
    /// proof, a duty, a remedy or a change point). The engine never calls <see cref="Evaluate"/> elsewhere, as an index
    /// would skip it, so the evaluation need not test again what its reach states. The default reaches everywhere.</summary>
    /// <remarks>Stated once and read once, when the policy is built; <see cref="Situation.HomeGoverned"/>,
    /// <see cref="Situation.ToGoverned"/> and <see cref="Situation.PlaceGoverned"/> refer to the regions of the clause's layer (<see cref="Layer.Governs"/>).</remarks>
    public virtual Reach Reach => Reach.Everywhere;

    /// <summary>Where the clause can change a verdict (grant, forbid or except): within <see cref="Reach"/>, which is the
    /// default, and within it (<see cref="Policy.Create"/> checks that each of its sets requires the bits of a set of the
    /// reach). Passes that want the verdict alone, and the search for valid-until, skip the clause elsewhere: a clause
    /// that only states duties decides <see cref="Reach.Nowhere"/>, and one that only lists duties for a trip that would
    /// start them does not decide that trip.</summary>
    public virtual Reach Decides => Reach;

    /// <summary>Returns the clause id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;

    /// <summary>Evaluates the clause at <c>context.At</c> and writes what it found into <paramref name="outcome"/>: nothing
    /// when it does not apply.</summary>
    /// <param name="context">What the clause sees: the facts as known, the question, the instant and the options.</param>
    /// <param name="outcome">Where the clause writes its effect, conditions, proof, duties, remedies and change points.</param>
    /// <remarks>Called by the evaluator only, from many threads at once: an override must be a pure function of
    /// <paramref name="context"/>, keep nothing from one call to the next, and neither keep nor share the two arguments.
    /// It states where its outcome can change (<see cref="Outcomes.ChangesAt"/> for a half-open end,
    /// <see cref="Outcomes.ChangesAfter"/> for an inclusive one); the evaluator alone turns those into <c>valid-until</c>
    /// and timelines.</remarks>
    protected internal abstract void Evaluate(ClauseContext context, Outcomes outcome);
}
