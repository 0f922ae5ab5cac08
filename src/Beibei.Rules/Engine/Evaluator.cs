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
/// about) at the change points the clauses report, in order, and stops at the first one where the verdict differs.</para>
/// <para>Immutable and thread-safe: one instance can serve any number of threads.</para>
/// </remarks>
public sealed class Evaluator
{
    /// <summary>The reason id of a decision outside the policy's in-force period.</summary>
    public const string NoneInForce = "policy.none-in-force";

    // A bound on re-evaluations while looking for valid-until or timeline segments; clauses report a handful of change
    // points each, so this is never reached by valid facts. It only guards against an endless sweep.
    private const int MaxSweep = 4096;

    private readonly IReadOnlyList<InputError> optionErrors;

    /// <summary>An evaluator of <see cref="Policy.Chongqing2022"/> with the catalogue's default options.</summary>
    public Evaluator()
        : this(new PolicyOptions())
    {
    }

    /// <summary>An evaluator of <see cref="Policy.Chongqing2022"/> with the given options.</summary>
    /// <param name="options">The options; copied, so later changes to the instance do not reach this evaluator.</param>
    /// <remarks>Invalid options are not thrown: every decision of this evaluator reports them as input errors.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public Evaluator(PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Snapshot();
        Policy = Policy.Chongqing2022;
        optionErrors = InputValidation.Check(Options);
    }

    /// <summary>The options this evaluator decides with (a copy).</summary>
    public PolicyOptions Options { get; }

    /// <summary>The policy: its clauses in order of precedence.</summary>
    public Policy Policy { get; }

    /// <summary>Decides <paramref name="question"/> about <paramref name="person"/> at <paramref name="at"/>, seeing only
    /// what was known at that instant.</summary>
    /// <param name="person">The facts; those dated after <paramref name="at"/> are invisible, not errors.</param>
    /// <param name="question">What is asked.</param>
    /// <param name="at">The instant asked about.</param>
    /// <returns>The decision, or every input error (nothing is evaluated from bad input).</returns>
    public Result<Decision> Decide(PersonFacts? person, Question? question, Instant at)
    {
        var errors = Check(person, question);
        if (errors.Count > 0)
        {
            return Result<Decision>.Invalid(errors);
        }

        return Result<Decision>.Of(Decide(Facts.From(person!).AsOf(at), question!, at));
    }

    /// <summary>Only the verdict of <see cref="Decide(PersonFacts?, Question?, Instant)"/>: no reasons, obligations or
    /// valid-until are assembled. For a door that needs yes or no.</summary>
    /// <param name="person">The facts.</param>
    /// <param name="question">What is asked.</param>
    /// <param name="at">The instant asked about.</param>
    /// <param name="verdict">The verdict, when the input is valid.</param>
    /// <returns>True when the input was valid; false with <paramref name="verdict"/> unset otherwise (call
    /// <see cref="Decide(PersonFacts?, Question?, Instant)"/> to read the errors).</returns>
    public bool TryDecideVerdict(PersonFacts? person, Question? question, Instant at, out Verdict verdict)
    {
        verdict = default;
        if (Check(person, question).Count > 0)
        {
            return false;
        }

        var context = new ClauseContext(Facts.From(person!).AsOf(at), question!, at, Options);
        verdict = Run(context, collect: null);
        return true;
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
        var errors = Check(person, question);
        if (until < from)
        {
            errors = [.. errors, new InputError(ErrorCodes.ValueOutOfRange, "until", "The timeline's end is before its start.")];
        }

        if (errors.Count > 0)
        {
            return Result<Timeline>.Invalid(errors);
        }

        var facts = Facts.From(person!);
        var reveals = facts.RevealInstants().Where(i => i > from && i <= until).Distinct().Order().ToArray();
        var segments = new List<TimelineSegment>();
        var points = new List<ChangePoint>();

        var context = new ClauseContext(facts.AsOf(from), question!, from, Options);
        var outcomes = new ClauseOutcome[Policy.Clauses.Count];
        var verdict = Run(context, outcomes);
        var reasons = ReasonIds(outcomes, verdict, context);
        var segmentStart = from;
        var startIncluded = true;

        for (var step = 0; step < MaxSweep; step++)
        {
            points.Clear();
            CollectChangePoints(outcomes, context, points);
            points.AddRange(reveals.Where(r => r > context.At).Select(ChangePoint.HalfOpen));
            if (!TryNext(points, context.At, out var next) || next.EffectiveFrom > until)
            {
                break;
            }

            var t = next.EffectiveFrom;
            context = new ClauseContext(facts.AsOf(t), question!, t, Options);
            var nextVerdict = Run(context, outcomes);
            var nextReasons = ReasonIds(outcomes, nextVerdict, context);
            if (nextVerdict != verdict || !nextReasons.SequenceEqual(reasons))
            {
                segments.Add(new TimelineSegment(segmentStart, startIncluded, next.At, next.Included, verdict, reasons));
                segmentStart = next.At;
                startIncluded = !next.Included;
                verdict = nextVerdict;
                reasons = nextReasons;
            }
        }

        segments.Add(new TimelineSegment(segmentStart, startIncluded, until, true, verdict, reasons));
        return Result<Timeline>.Of(new Timeline(from, until, segments));
    }

    private IReadOnlyList<InputError> Check(PersonFacts? person, Question? question)
    {
        var errors = InputValidation.Check(person, question);
        if (optionErrors.Count == 0)
        {
            return errors;
        }

        return errors.Count == 0 ? optionErrors : [.. optionErrors, .. errors];
    }

    private Decision Decide(Facts known, Question question, Instant at)
    {
        var context = new ClauseContext(known, question, at, Options);
        var outcomes = new ClauseOutcome[Policy.Clauses.Count];
        var verdict = Run(context, outcomes);
        var (validUntil, included) = FindValidUntil(context, outcomes, verdict);

        if (!InForce(at))
        {
            return new Decision(at, Verdict.Allowed, [Policy.NoneInForceReason], [], validUntil, included, []);
        }

        var superseded = outcomes.Any(o => o.Effect == Effect.Supersedes);
        var reasons = new List<Reason>();
        var obligations = new List<Obligation>();
        var remedies = new List<Remedy>();
        for (var i = 0; i < outcomes.Length; i++)
        {
            var outcome = outcomes[i];
            if (IsReason(outcome.Effect, verdict))
            {
                reasons.Add(new Reason(Policy.Clauses[i].Id, Policy.Clauses[i].Citation, outcome.Proof));
            }

            if (superseded)
            {
                continue;
            }

            foreach (var draft in outcome.Obligations)
            {
                if ((!draft.StartedByQuestion || verdict == Verdict.Allowed) && !obligations.Any(o => o.Id == draft.Id))
                {
                    obligations.Add(new Obligation(draft.Id, draft.Opens, draft.Due, StatusAt(draft.Due, at), draft.Description));
                }
            }

            if (outcome.Effect == Effect.Denies)
            {
                foreach (var remedy in outcome.Remedies)
                {
                    if (!remedies.Any(r => r.Kind == remedy.Kind && r.Earliest == remedy.Earliest))
                    {
                        remedies.Add(remedy);
                    }
                }
            }
        }

        return new Decision(at, verdict, reasons, obligations, validUntil, included, remedies);
    }

    /// <summary>An obligation is due while <c>at &lt;= due</c> and overdue after; one without a due instant is due.</summary>
    private static ObligationStatus StatusAt(Instant? due, Instant at) =>
        due is { } d && at > d ? ObligationStatus.Overdue : ObligationStatus.Due;

    private static bool IsReason(Effect effect, Verdict verdict) => verdict == Verdict.Denied
        ? effect is Effect.Denies or Effect.Supersedes
        : effect == Effect.Permits;

    private bool InForce(Instant at) => Options.InForceFrom <= at && at < Options.InForceUntil;

    /// <summary>Evaluates every clause at the context's instant and combines them by the strictest outcome.</summary>
    /// <param name="context">Facts, question and instant.</param>
    /// <param name="collect">Where to put each clause's outcome, or null when only the verdict is wanted.</param>
    private Verdict Run(ClauseContext context, ClauseOutcome[]? collect)
    {
        var inForce = InForce(context.At);
        var verdict = Verdict.Allowed;
        var clauses = Policy.Clauses;
        for (var i = 0; i < clauses.Count; i++)
        {
            var outcome = inForce ? clauses[i].Evaluate(context) : ClauseOutcome.NotApplicable;
            if (outcome.Effect >= Effect.Denies)
            {
                verdict = Verdict.Denied;
                if (collect is null)
                {
                    return verdict;
                }
            }

            if (collect is not null)
            {
                collect[i] = outcome;
            }
        }

        return verdict;
    }

    private IReadOnlyList<string> ReasonIds(ClauseOutcome[] outcomes, Verdict verdict, ClauseContext context)
    {
        if (!InForce(context.At))
        {
            return [NoneInForce];
        }

        var ids = new List<string>();
        for (var i = 0; i < outcomes.Length; i++)
        {
            if (IsReason(outcomes[i].Effect, verdict))
            {
                ids.Add(Policy.Clauses[i].Id);
            }
        }

        return ids;
    }

    private void CollectChangePoints(ClauseOutcome[] outcomes, ClauseContext context, List<ChangePoint> points)
    {
        // The policy's start and end are change points like any other.
        points.Add(ChangePoint.HalfOpen(Options.InForceFrom));
        points.Add(ChangePoint.HalfOpen(Options.InForceUntil));
        foreach (var outcome in outcomes)
        {
            points.AddRange(outcome.ChangePoints);
        }
    }

    /// <summary>The earliest instant after <c>at</c> at which re-evaluating the same known facts gives another verdict.</summary>
    private (Instant? At, bool Included) FindValidUntil(ClauseContext start, ClauseOutcome[] outcomes, Verdict verdict)
    {
        var points = new List<ChangePoint>();
        CollectChangePoints(outcomes, start, points);
        var scratch = new ClauseOutcome[outcomes.Length];
        var current = start.At;
        for (var step = 0; step < MaxSweep && TryNext(points, current, out var next); step++)
        {
            current = next.EffectiveFrom;
            var context = start.With(start.Facts, current);
            if (Run(context, scratch) != verdict)
            {
                return (next.At, next.Included);
            }

            CollectChangePoints(scratch, context, points);
        }

        return (null, false);
    }

    /// <summary>The change point seen first after <paramref name="after"/>; an inclusive one wins a tie, since it names
    /// the last instant at which the old outcome still holds.</summary>
    private static bool TryNext(List<ChangePoint> points, Instant after, out ChangePoint next)
    {
        next = default;
        var found = false;
        foreach (var point in points)
        {
            if (point.EffectiveFrom <= after)
            {
                continue;
            }

            if (!found || point.EffectiveFrom < next.EffectiveFrom || (point.EffectiveFrom == next.EffectiveFrom && point.Included))
            {
                next = point;
                found = true;
            }
        }

        return found;
    }
}
