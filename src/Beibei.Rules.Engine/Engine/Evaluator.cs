using Beibei.Rules.Decisions;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using Beibei.Rules.Validation;
using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>
/// Decides questions about people under a <see cref="Policy"/>: a decision is a pure function of
/// (facts, question, instant, options). It never reads a clock.
/// </summary>
/// <remarks>
/// <para>Clauses combine by the strictest outcome. Outside the policy's in-force period
/// [<c>in-force-from</c>, <c>in-force-until</c>) every question is allowed with the single reason <c>policy.none-in-force</c>.</para>
/// <para><c>valid-until</c> is found generically: the engine re-evaluates the same facts (as known at the instant asked
/// about) at the change points the clauses report, in order, and stops at the first one where the verdict differs. A
/// clause's outcome stays the same between its change points, so each step evaluates again only the clauses whose
/// change point it reached. Timelines walk the same change points and the instants at which facts become known.</para>
/// <para>Each clause states where it applies (<see cref="Clause.Reach"/>) and where it can change a verdict
/// (<see cref="Clause.Decides"/>, within its reach); the facts and question are reduced to a <see cref="Situation"/> once
/// per load, and every pass calls only the clauses that can matter to it, as an index would: never a clause outside its
/// reach.</para>
/// <para>Immutable and thread-safe: one instance can serve any number of threads. Each thread works in buffers of its
/// own, so a decision allocates little more than the decision it returns.</para>
/// </remarks>
public sealed class Evaluator
{
    /// <summary>The reason id of a decision outside the policy's in-force period.</summary>
    public const string NoneInForce = "policy.none-in-force";

    // A bound on re-evaluations while looking for valid-until or timeline segments. Clauses report a handful of change
    // points each, so valid facts never reach it; it only guards against an endless sweep.
    private const int MaxSweep = 4096;

    // The policy's identity with these options: its digest is found on the first decision, once per evaluator.
    private readonly Lazy<PolicyIdentity> identity;

    private readonly IReadOnlyList<InputError> optionErrors;

    // The instants at which a dated parameter value comes into force, in order, and the options in force from each
    // (versionOptions[0] before the first, versionOptions[k + 1] from versionStarts[k]): empty for a policy without versions.
    private readonly Instant[] versionStarts;

    // Whether a layer or a clause of the policy has an in-force period of its own: its ends are change points of every clause.
    private readonly bool hasPeriods;
    private readonly PolicyOptions[] versionOptions;
    private readonly bool optionsValid;
    private readonly Clause[] clauses;

    // Each clause's reason without a proof, for each force (clause i's at 2i and 2i + 1), and its advice: immutable, so
    // every decision that has one shares it.
    private readonly Reason[] plainReasons;
    private readonly Advice[] advice;

    // Which clauses reach a situation (Clause.Reach) and which can change its verdict there (Clause.Decides): a full pass
    // evaluates the first, the other passes the second. Every clause everywhere when the evaluator was told not to skip
    // (only to check that skipping changes nothing).
    private readonly ReachIndex reaching;
    private readonly ReachIndex deciding;

    /// <summary>An evaluator of any <paramref name="policy"/> with the given options.</summary>
    /// <param name="policy">The policy, built with <see cref="Policy.Create"/>; its indexes are built with it, so an
    /// evaluator stays cheap to create.</param>
    /// <param name="options">The options; copied, so later changes to the instance do not reach this evaluator.</param>
    /// <remarks>Invalid options are not thrown: every decision of this evaluator reports them as input errors.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> or <paramref name="options"/> is null.</exception>
    public Evaluator(Policy policy, PolicyOptions options)
        : this(policy, options, decidesByReach: false)
    {
    }

    /// <summary>An evaluator that may be told to look for verdicts wherever a clause reaches, not only where it decides:
    /// the reference for checking <see cref="Clause.Decides"/>.</summary>
    internal Evaluator(Policy policy, PolicyOptions options, bool decidesByReach)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Snapshot();
        Policy = policy;
        clauses = [.. Policy.Clauses];
        plainReasons = [.. clauses.SelectMany(c => new[] { new Reason(c.Id, c.Citation), new Reason(c.Id, c.Citation) { Force = Force.Advised } })];
        advice = [.. clauses.Select(c => new Advice(c.Id, c.Citation))];
        reaching = policy.Reaching;
        deciding = decidesByReach ? policy.Reaching : policy.Deciding;
        optionErrors = policy.CheckOptions(Options);
        (versionStarts, versionOptions) = Schedule(policy, Options);
        hasPeriods = policy.PeriodBounds.Length != 0;
        identity = new Lazy<PolicyIdentity>(() => PolicyDigest.Of(Policy, Options), LazyThreadSafetyMode.PublicationOnly);
        optionsValid = optionErrors.Count == 0;
    }

    /// <summary>The options this evaluator decides with (a copy).</summary>
    public PolicyOptions Options { get; }

    /// <summary>The policy: its clauses in order of precedence.</summary>
    public Policy Policy { get; }

    /// <summary>The policy's id, version and digest with this evaluator's options: what every decision names.</summary>
    public PolicyIdentity Identity => identity.Value;

    /// <summary>Decides <paramref name="question"/> about <paramref name="person"/> at <paramref name="at"/>, seeing only
    /// what was known at that instant.</summary>
    /// <param name="person">The facts; those dated after <paramref name="at"/> are invisible, not errors.</param>
    /// <param name="question">What is asked.</param>
    /// <param name="at">The instant asked about.</param>
    /// <returns>The decision, or every input error (nothing is evaluated from bad input).</returns>
    public Result<Decision> Decide(PersonFacts? person, Question? question, Instant at)
    {
        var workspace = Workspace.Rent(clauses.Length);
        try
        {
            if (!TryLoad(workspace, person, question, at, out var errors))
            {
                return Result<Decision>.Invalid(errors);
            }

            return Result<Decision>.Of(Decide(workspace, at));
        }
        finally
        {
            Workspace.Return(workspace);
        }
    }

    /// <summary>Decides as <see cref="Decide(PersonFacts?, Question?, Instant)"/> does, and says what each clause did: its
    /// effect and its next change point (a clause that cannot reach the situation is
    /// <see cref="ClauseEffect.NotApplicable"/>). Slower than <see cref="Decide(PersonFacts?, Question?, Instant)"/>: for
    /// tools, not for the hot path.</summary>
    /// <param name="person">The facts.</param>
    /// <param name="question">What is asked.</param>
    /// <param name="at">The instant asked about.</param>
    /// <returns>The decision and every clause's trace, or every input error.</returns>
    public Result<DecisionTrace> Trace(PersonFacts? person, Question? question, Instant at)
    {
        var workspace = Workspace.Rent(clauses.Length);
        try
        {
            if (!TryLoad(workspace, person, question, at, out var errors))
            {
                return Result<DecisionTrace>.Invalid(errors);
            }

            var outcomes = workspace.Outcomes;
            Run(workspace.Context, at, outcomes, Pass.Full, stopAtDenial: false);
            var traces = new ClauseTrace[clauses.Length];
            for (var i = 0; i < clauses.Length; i++)
            {
                var evaluated = outcomes.Evaluated.Contains(i);
                var hasNext = outcomes.TryGetNext(i, out var point) && evaluated;
                traces[i] = new ClauseTrace(
                    clauses[i].Id,
                    evaluated ? (ClauseEffect)outcomes.EffectOf(i) : ClauseEffect.NotApplicable,
                    hasNext ? point.At : null,
                    hasNext && point.Included);
            }

            return Result<DecisionTrace>.Of(new DecisionTrace(Decide(workspace, at), traces));
        }
        finally
        {
            Workspace.Return(workspace);
        }
    }

    /// <summary>Only the verdict of <see cref="Decide(PersonFacts?, Question?, Instant)"/>: no reasons, obligations or
    /// valid-until are assembled, and nothing is allocated. For a door that needs yes or no.</summary>
    /// <param name="person">The facts.</param>
    /// <param name="question">What is asked.</param>
    /// <param name="at">The instant asked about.</param>
    /// <param name="verdict">The verdict, when the input is valid.</param>
    /// <returns>True when the input was valid; false with <paramref name="verdict"/> unset otherwise (call
    /// <see cref="Decide(PersonFacts?, Question?, Instant)"/> to read the errors).</returns>
    public bool TryDecideVerdict(PersonFacts? person, Question? question, Instant at, out Verdict verdict)
    {
        verdict = default;
        var workspace = Workspace.Rent(clauses.Length);
        try
        {
            if (!optionsValid || !TryLoadFast(workspace, person, question, at))
            {
                return false;
            }

            verdict = Run(workspace.Context, at, workspace.Outcomes, Pass.Verdict, stopAtDenial: true);
            return true;
        }
        finally
        {
            Workspace.Return(workspace);
        }
    }

    /// <summary>The verdict of <paramref name="question"/> over [<paramref name="from"/>, <paramref name="until"/>],
    /// revealing each fact at its own instant (a test exists from its sampling, its result from its result time).</summary>
    /// <param name="person">The facts, past and future.</param>
    /// <param name="question">What is asked.</param>
    /// <param name="from">The start of the span.</param>
    /// <param name="until">The end of the span (inclusive); not before <paramref name="from"/>.</param>
    /// <returns>Segments over which the verdict and reasons stay the same; at every instant they agree with
    /// <see cref="Decide(PersonFacts?, Question?, Instant)"/>.</returns>
    public Result<Timeline> Timeline(PersonFacts? person, Question? question, Instant from, Instant until)
    {
        var workspace = Workspace.Rent(clauses.Length);
        try
        {
            if (!TryLoad(workspace, person, question, from, out var errors))
            {
                return Result<Timeline>.Invalid(errors);
            }

            if (until < from)
            {
                return Result<Timeline>.Invalid([new InputError(ErrorCodes.ValueOutOfRange, "until", "The timeline's end is before its start.")]);
            }

            return Result<Timeline>.Of(Timeline(workspace, person!, question!, from, until));
        }
        finally
        {
            Workspace.Return(workspace);
        }
    }

    /// <summary>Loads the input into the workspace, or gives every error the validators find.</summary>
    private bool TryLoad(Workspace workspace, PersonFacts? person, Question? question, Instant at, out IReadOnlyList<InputError> errors)
    {
        errors = [];
        if (optionsValid && TryLoadFast(workspace, person, question, at))
        {
            return true;
        }

        // The fast gate only says yes or no; the validators say what is wrong, field by field.
        var inputErrors = Policy.Validation.Check(person, question, at);
        errors = optionsValid ? inputErrors : [.. optionErrors, .. inputErrors];
        return false;
    }

    private bool TryLoadFast(Workspace workspace, PersonFacts? person, Question? question, Instant at) =>
        person is not null
        && question is not null
        && InputRules.ArrivesNotBeforeAt(question, at)
        && workspace.Facts.Load(person, at, Policy.Regions)
        && workspace.Context.Load(question, Options, Policy);

    private Decision Decide(Workspace workspace, Instant at)
    {
        var outcomes = workspace.Outcomes;
        var verdict = Run(workspace.Context, at, outcomes, Pass.Full, stopAtDenial: false);
        if (!InForce(at))
        {
            var (noneUntil, noneIncluded) = FindValidUntil(workspace, verdict);
            return new Decision(at, Verdict.Allowed, [Policy.NoneInForceReason], [], noneUntil, noneIncluded, [], [], identity.Value);
        }

        // Assemble the answer before the sweep below reuses the outcome buffers.
        var reasons = Reasons(outcomes, verdict, workspace.Facts);
        var superseded = Any(outcomes, Effect.Supersedes);
        var obligations = superseded ? [] : Obligations(outcomes, verdict, at);
        var remedies = superseded || verdict == Verdict.Allowed ? [] : Remedies(outcomes);
        var advised = superseded ? [] : Advice(outcomes);
        var (validUntil, included) = FindValidUntil(workspace, verdict);
        return new Decision(at, verdict, reasons, obligations, validUntil, included, remedies, advised, identity.Value);
    }

    private Reason[] Reasons(Outcomes outcomes, Verdict verdict, Facts facts)
    {
        var count = 0;
        foreach (var i in outcomes.Evaluated)
        {
            count += IsReason(outcomes.EffectOf(i), verdict) ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var reasons = new Reason[count];
        var r = 0;
        foreach (var i in outcomes.Evaluated)
        {
            if (IsReason(outcomes.EffectOf(i), verdict))
            {
                var plain = plainReasons[(2 * i) + (int)outcomes.ForceOf(i)];
                var proof = outcomes.TryGetProof(i, out var found)
                    ? new Proof(facts.Person.TestArray![facts.Tests[found.Test].Source], found.Anchor, found.Expires)
                    : null;
                var conditions = outcomes.ConditionsOf(i, proof);
                reasons[r++] = proof is null && conditions.Length == 0 ? plain : plain with { Proof = proof, Conditions = conditions };
            }
        }

        return reasons;
    }

    private static Obligation[] Obligations(Outcomes outcomes, Verdict verdict, Instant at)
    {
        var stated = outcomes.DutyCount;
        if (stated == 0)
        {
            return [];
        }

        // A duty's id belongs to one clause, which states it at most once in a pass: no duty is listed twice.
        var listed = new Obligation[stated];
        var count = 0;
        for (var i = 0; i < stated; i++)
        {
            var duty = outcomes.DutyAt(i);
            if (!outcomes.StartedByQuestionAt(i) || verdict == Verdict.Allowed)
            {
                var opens = outcomes.OpensAt(i);
                var due = outcomes.DueAt(i);
                var day = outcomes.DayAt(i);
                listed[count++] = day.Number > 0
                    ? new Obligation(duty.Id, opens, due, StatusAt(due, at), duty.Description) { Day = day.Number, Regime = day.Regime }
                    : opens is null && due is null
                        ? outcomes.UnscheduledOf(duty)
                        : new Obligation(duty.Id, opens, due, StatusAt(due, at), duty.Description);
            }
        }

        return count == 0 ? [] : count == listed.Length ? listed : listed[..count];
    }

    private Remedy[] Remedies(Outcomes outcomes)
    {
        var entries = outcomes.Remedies;
        var listed = new List<Remedy>(entries.Count);
        foreach (var entry in entries)
        {
            if (outcomes.EffectOf(entry.Clause) == Effect.Denies
                && !listed.Exists(r => r.Kind == entry.Kind && r.Earliest == entry.Earliest))
            {
                listed.Add(Engine.Remedies.Create(entry, clauses[entry.Clause].Id, Policy.Days));
            }
        }

        return listed.Count == 0 ? [] : [.. listed];
    }

    private Advice[] Advice(Outcomes outcomes)
    {
        List<Advice>? listed = null;
        foreach (var i in outcomes.Evaluated)
        {
            if (outcomes.AdvisesAgainstAt(i))
            {
                (listed ??= []).Add(advice[i]);
            }
        }

        return listed is null ? [] : [.. listed];
    }

    /// <summary>An obligation is due while <c>at &lt;= due</c> and overdue after; one without a due instant is due.</summary>
    private static ObligationStatus StatusAt(Instant? due, Instant at) =>
        due is { } d && at > d ? ObligationStatus.Overdue : ObligationStatus.Due;

    private static bool IsReason(Effect effect, Verdict verdict) => verdict == Verdict.Denied
        ? effect is Effect.Denies or Effect.Supersedes
        : effect == Effect.Permits;

    private static bool Any(Outcomes outcomes, Effect effect)
    {
        foreach (var i in outcomes.Evaluated)
        {
            if (outcomes.EffectOf(i) == effect)
            {
                return true;
            }
        }

        return false;
    }

    private bool InForce(Instant at) => Options.InForceFrom <= at && at < Options.InForceUntil;

    /// <summary>Moves the context to <paramref name="at"/>, evaluates every clause there and combines them by the strictest
    /// outcome.</summary>
    /// <remarks>The instant is read from the argument, not back from the context just written: an instant is two parts,
    /// and reading both as one right after writing them one by one stalls the processor.</remarks>
    private Verdict Run(ClauseContext context, Instant at, Outcomes outcomes, Pass pass, bool stopAtDenial)
    {
        context.MoveTo(at);
        outcomes.Reset(pass);
        if (!InForce(at))
        {
            return Verdict.Allowed;
        }

        if (versionStarts.Length != 0)
        {
            context.UseOptions(OptionsAt(at));
        }

        var verdict = Verdict.Allowed;
        var plan = (pass == Pass.Full ? reaching : deciding).Matching(context.Situation);
        if (hasPeriods)
        {
            plan &= Policy.InForceAt(at);
        }

        for (; plan != 0; plan &= plan - 1)
        {
            if (Evaluate(System.Numerics.BitOperations.TrailingZeroCount(plan), context, outcomes))
            {
                verdict = Verdict.Denied;
                if (stopAtDenial)
                {
                    return verdict;
                }
            }
        }

        return verdict;
    }

    /// <summary>Evaluates one clause; true when it denies.</summary>
    private bool Evaluate(int clause, ClauseContext context, Outcomes outcomes)
    {
        outcomes.Begin(clause);
        clauses[clause].Evaluate(context, outcomes);
        return outcomes.EffectOf(clause) >= Effect.Denies;
    }

    /// <summary>The earliest instant after <c>at</c> at which re-evaluating the same known facts gives another verdict.</summary>
    /// <remarks>A clause's outcome stays the same until its next change point, so each step evaluates again only the
    /// clauses whose change point it reached and keeps the others' outcomes; the policy's start and end are change
    /// points of every clause, and a step to one of them evaluates all of them. Only the clauses that can decide in the
    /// situation count, and of those only the ones the last pass evaluated: the others cannot reach it.</remarks>
    private (Instant? At, bool Included) FindValidUntil(Workspace workspace, Verdict verdict)
    {
        var context = workspace.Context;
        var outcomes = workspace.Outcomes;
        var decides = deciding.Matching(context.Situation);
        outcomes.Continue(Pass.Sweep);
        for (var step = 0; step < MaxSweep && NextChange(outcomes, decides, context.At) is { Found: true, Point: var next }; step++)
        {
            context.MoveTo(next.EffectiveFrom);
            var now = IsPolicyBound(context.At) ? Run(context, context.At, outcomes, Pass.Sweep, stopAtDenial: false) : Resume(context, outcomes, decides);
            if (now != verdict)
            {
                return (next.At, next.Included);
            }
        }

        return (null, false);
    }

    /// <summary>Evaluates again the clauses whose next change point is the context's instant, and combines the verdict.</summary>
    private Verdict Resume(ClauseContext context, Outcomes outcomes, uint decides)
    {
        var verdict = Verdict.Allowed;
        foreach (var i in outcomes.Evaluated)
        {
            if (Has(decides, i)
                && ((outcomes.TryGetNext(i, out var point) && point.EffectiveFrom <= context.At && Evaluate(i, context, outcomes))
                    || outcomes.EffectOf(i) >= Effect.Denies))
            {
                verdict = Verdict.Denied;
            }
        }

        return verdict;
    }

    /// <summary>The change point seen first after <paramref name="after"/> among the policy's start and end and the
    /// next change points of the clauses evaluated that can decide (<paramref name="decides"/>).</summary>
    private EarliestChangePoint NextChange(Outcomes outcomes, uint decides, Instant after)
    {
        var earliest = new EarliestChangePoint(after);
        earliest.Consider(ChangePoint.HalfOpen(Options.InForceFrom));
        earliest.Consider(ChangePoint.HalfOpen(Options.InForceUntil));
        foreach (var start in versionStarts)
        {
            earliest.Consider(ChangePoint.HalfOpen(start));
        }

        foreach (var bound in Policy.PeriodBounds)
        {
            earliest.Consider(ChangePoint.HalfOpen(bound));
        }

        foreach (var i in outcomes.Evaluated)
        {
            if (Has(decides, i) && outcomes.TryGetNext(i, out var point))
            {
                earliest.Consider(point);
            }
        }

        return earliest;
    }

    private static bool Has(uint clauses, int clause) => (clauses & (1u << clause)) != 0;

    /// <summary>True at the policy's start or end, where every clause may change.</summary>
    private bool IsPolicyBound(Instant at) =>
        at == Options.InForceFrom || at == Options.InForceUntil || Array.IndexOf(versionStarts, at) >= 0
        || (hasPeriods && Policy.PeriodBounds.Contains(at));

    /// <summary>The options in force at <paramref name="at"/>: the evaluator's, with every dated value from then or before.</summary>
    private PolicyOptions OptionsAt(Instant at)
    {
        for (var k = versionStarts.Length - 1; k >= 0; k--)
        {
            if (at >= versionStarts[k])
            {
                return versionOptions[k + 1];
            }
        }

        return versionOptions[0];
    }

    /// <summary>The instants at which the policy's dated values come into force, and the options in force from each.</summary>
    private static (Instant[] Starts, PolicyOptions[] Options) Schedule(Policy policy, PolicyOptions options)
    {
        Instant[] starts = [.. policy.Versions.Select(v => v.From).Distinct().Order()];
        var scheduled = new PolicyOptions[starts.Length + 1];
        scheduled[0] = options;
        for (var k = 0; k < starts.Length; k++)
        {
            var dated = options.Snapshot();
            foreach (var version in policy.Versions.Where(v => v.From <= starts[k]))
            {
                // Policy.Create checked every value, and Versions is in order of coming into force.
                policy.FindParameter(version.Parameter)!.TrySet(dated, version.Value);
            }

            scheduled[k + 1] = dated;
        }

        return (starts, scheduled);
    }

    private Timeline Timeline(Workspace workspace, PersonFacts person, Question question, Instant from, Instant until)
    {
        var reveals = Facts.RevealInstants(person).Where(i => i > from && i <= until).Distinct().Order().ToArray();
        var segments = new List<TimelineSegment>();
        var outcomes = workspace.Outcomes;

        var context = workspace.Context;
        var verdict = Run(context, from, outcomes, Pass.Sweep, stopAtDenial: false);
        var reasons = ReasonIds(outcomes, verdict, from);
        var (segmentStart, startIncluded) = (from, true);

        for (var step = 0; step < MaxSweep; step++)
        {
            var earliest = NextChange(outcomes, deciding.Matching(context.Situation), context.At);
            foreach (var reveal in reveals)
            {
                earliest.Consider(ChangePoint.HalfOpen(reveal));
            }

            // Read without a pattern variable, so that a mutation tool can change the condition and still compile.
            if (!earliest.Found || earliest.Point.EffectiveFrom > until)
            {
                break;
            }

            var next = earliest.Point;

            // Each instant sees the facts known then: the same view a decision at that instant has.
            var t = next.EffectiveFrom;
            workspace.Facts.Load(person, t, Policy.Regions);
            workspace.Context.Load(question, Options, Policy);
            var nextVerdict = Run(context, t, outcomes, Pass.Sweep, stopAtDenial: false);
            var nextReasons = ReasonIds(outcomes, nextVerdict, t);
            if (nextVerdict != verdict || !nextReasons.SequenceEqual(reasons))
            {
                segments.Add(new TimelineSegment(segmentStart, startIncluded, next.At, next.Included, verdict, reasons) { Policy = identity.Value });
                (segmentStart, startIncluded) = (next.At, !next.Included);
                verdict = nextVerdict;
                reasons = nextReasons;
            }
        }

        segments.Add(new TimelineSegment(segmentStart, startIncluded, until, true, verdict, reasons) { Policy = identity.Value });
        return new Timeline(from, until, segments);
    }

    private string[] ReasonIds(Outcomes outcomes, Verdict verdict, Instant at)
    {
        if (!InForce(at))
        {
            return [NoneInForce];
        }

        var ids = new List<string>();
        foreach (var i in outcomes.Evaluated)
        {
            if (IsReason(outcomes.EffectOf(i), verdict))
            {
                ids.Add(clauses[i].Id);
            }
        }

        return [.. ids];
    }
}
