using Beibei.Rules.Decisions;
using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>What the clauses found in one pass at one instant: each clause's effect and proof, the duties and remedies
/// they stated, and each clause's next change point. Clauses write into it; the evaluator reads it.</summary>
/// <remarks>A clause writes only its own outcome through the methods below, each of which returns this instance for
/// chaining. The engine reuses one instance per thread: a pass allocates nothing once its buffers are warm, and a
/// clause must not keep it.</remarks>
public sealed class Outcomes
{
    // What each clause said in the pass, kept together so a decision touches few cache lines.
    private readonly ClauseState[] states;

    // The clauses evaluated in the pass, in the order they were first evaluated (the policy's), each once.
    private readonly int[] evaluated;
    private int evaluatedCount;
    private int current;

    // The context the clauses are evaluated in: its instant is the one each clause is evaluated at. Read from there
    // rather than copied in for every clause, since a change point is kept only in the passes that want one, and the
    // copy of a two-part instant passed in registers stalled every evaluation on its way through memory.
    private readonly ClauseContext context;

    internal Outcomes(int clauses, ClauseContext context)
    {
        states = new ClauseState[clauses];
        evaluated = new int[clauses];
        this.context = context;
    }

    /// <summary>What the pass records.</summary>
    internal Pass Pass { get; private set; }

    /// <summary>True in a full pass: duties and remedies are recorded.</summary>
    /// <remarks>A clause builds its facts, duties and remedies only when this is true: the other passes want the verdict
    /// and change points alone.</remarks>
    public bool RecordDetails => Pass == Pass.Full;

    // The duties stated in the pass, field by field: a duty is stored without copying a large struct around.
    private Duty[] duties = new Duty[8];
    private Instant[] opens = new Instant[8];
    private Instant[] dues = new Instant[8];
    private DutyFlags[] dutyFlags = new DutyFlags[8];
    private RegimeDay[] dutyDays = new RegimeDay[8];

    // The obligations of duties stated without instants or day, by duty, so that each is made once per duty on this
    // thread instead of once per decision (immutable, shared by every decision that lists it): direct-mapped by the duty's
    // identity, a duty that meets another in its entry is made again.
    private readonly (Duty? Duty, Obligation? Obligation)[] unscheduled = new (Duty?, Obligation?)[16];

    [Flags]
    private enum DutyFlags : byte
    {
        None = 0,
        Opens = 1,
        Due = 2,
        StartedByQuestion = 4,
    }

    // The conditions stated in the pass (a full pass only), with the clause that stated each.
    private int[] conditionClauses = new int[8];
    private string[] conditionIds = new string[8];
    private bool[] conditionMet = new bool[8];
    private ConditionFact?[] conditionFacts = new ConditionFact?[8];

    /// <summary>How many conditions the pass stated (in a full pass; none in the others).</summary>
    internal int ConditionCount { get; private set; }

    /// <summary>How many duties the pass stated (in a full pass; none in the others).</summary>
    internal int DutyCount { get; private set; }

    internal List<RemedyEntry> Remedies { get; } = [];

    internal int Count => states.Length;

    /// <summary>The clauses evaluated in the pass, in the policy's order: the only ones that can have said anything.</summary>
    internal ReadOnlySpan<int> Evaluated => evaluated.AsSpan(0, evaluatedCount);

    internal Effect EffectOf(int clause) => states[clause].Effect;

    /// <summary>The voice of what <paramref name="clause"/> rests on in the pass (see <see cref="Advised"/>).</summary>
    internal Force ForceOf(int clause) => states[clause].Advised ? Force.Advised : Force.Required;

    /// <summary>Whether <paramref name="clause"/> advised against the question without denying it (see <see cref="AdvisesAgainst"/>).</summary>
    internal bool AdvisesAgainstAt(int clause) => states[clause].AdvisesAgainst;

    /// <summary>The proof <paramref name="clause"/> relied on or looked at, if it gave one (in a full pass).</summary>
    internal bool TryGetProof(int clause, out ProofFound proof)
    {
        ref readonly var state = ref states[clause];
        proof = state.Proof;
        return state.HasProof;
    }

    /// <summary>Starts a pass.</summary>
    internal void Reset(Pass pass)
    {
        Pass = pass;
        // Only what a pass reads is cleared: the proof and change point behind a cleared flag are never read, and
        // zeroing each state whole costs a wide store across cache lines per clause.
        foreach (var clause in Evaluated)
        {
            ref var state = ref states[clause];
            state.Clear();
            state.WasEvaluated = false;
        }

        evaluatedCount = 0;
        DutyCount = 0;
        if (ConditionCount > 0)
        {
            // Drop the facts, which hold the caller's records.
            Array.Clear(conditionFacts, 0, ConditionCount);
            ConditionCount = 0;
        }

        Remedies.Clear();
    }

    /// <summary>Goes on with the outcomes found so far, recording what <paramref name="pass"/> records from now on (a
    /// sweep that follows a full pass needs no duties or remedies).</summary>
    internal void Continue(Pass pass) => Pass = pass;

    /// <summary>Moves to the clause about to be evaluated at the context's instant, forgetting what it said before (a
    /// sweep evaluates a clause again without starting a new pass).</summary>
    internal void Begin(int clause)
    {
        current = clause;
        ref var state = ref states[clause];
        if (!state.WasEvaluated)
        {
            evaluated[evaluatedCount++] = clause;
        }

        state.Clear();
        state.WasEvaluated = true;
    }

    /// <summary>The earliest change point <paramref name="clause"/> stated after the instant it was evaluated at.</summary>
    internal bool TryGetNext(int clause, out ChangePoint next)
    {
        ref readonly var state = ref states[clause];
        next = state.Next;
        return state.HasNext;
    }

    /// <summary>The clause's effect becomes <paramref name="effect"/> when that is stricter than what it has said so far.</summary>
    public Outcomes Set(Effect effect)
    {
        ref var state = ref states[current];
        if (effect > state.Effect)
        {
            state.Effect = effect;
        }

        return this;
    }

    /// <summary>The clause applies but neither grants nor forbids.</summary>
    /// <returns>This.</returns>
    public Outcomes Silent() => Set(Effect.Silent);

    /// <summary>The clause forbids what was asked.</summary>
    /// <returns>This.</returns>
    public Outcomes Denies() => Set(Effect.Denies);

    /// <summary>The clause permits.</summary>
    public Outcomes Permits() => Set(Effect.Permits);

    /// <summary>What the clause rests on is advised by the source (倡导, 倡议, 提倡), not required: its reason carries
    /// <see cref="Force.Advised"/>.</summary>
    public Outcomes Advised()
    {
        states[current].Advised = true;
        return this;
    }

    /// <summary>The clause advises against the question but, under <c>advice: inform</c>, does not deny it: the decision lists
    /// the clause under its advice.</summary>
    public Outcomes AdvisesAgainst()
    {
        ref var state = ref states[current];
        state.AdvisesAgainst = true;
        state.Effect = state.Effect == Effect.NotApplicable ? Effect.Silent : state.Effect;
        return this;
    }

    /// <summary>The clause permits, relying on <paramref name="proof"/>.</summary>
    public Outcomes Permits(in ProofFound proof) => WithProof(proof).Set(Effect.Permits);

    /// <summary>Records the proof the clause looked at, whatever its effect (a denial for another reason shows it too); only
    /// a full pass keeps it, for the reasons.</summary>
    public Outcomes WithProof(in ProofFound proof)
    {
        if (proof.IsFound && RecordDetails)
        {
            ref var state = ref states[current];
            state.Proof = proof;
            state.HasProof = true;
        }

        return this;
    }

    /// <summary>The clause imposes <paramref name="duty"/>.</summary>
    /// <param name="duty">The duty.</param>
    /// <param name="opens">When it opens, where the clause gives it.</param>
    /// <param name="due">Its deadline, where it has one.</param>
    /// <param name="startedByQuestion">True for a duty that doing what was asked would start (listed only when
    /// allowed); false for a standing duty of the person (listed whatever the question).</param>
    /// <returns>This.</returns>
    public Outcomes Oblige(Duty duty, Instant? opens, Instant? due, bool startedByQuestion) =>
        Oblige(duty, opens, due, startedByQuestion, default);

    /// <summary>The clause imposes <paramref name="duty"/> as part of a regime that counts days, on day
    /// <paramref name="day"/> of it (a <see cref="RegimeDay.Number"/> below 1 names no day).</summary>
    /// <param name="duty">The duty.</param>
    /// <param name="opens">When it opens, where the clause gives it.</param>
    /// <param name="due">Its deadline, where it has one.</param>
    /// <param name="startedByQuestion">See <see cref="Oblige(Duty, Instant?, Instant?, bool)"/>.</param>
    /// <param name="day">The regime and the number of the day the instant asked falls on.</param>
    /// <returns>This.</returns>
    public Outcomes Oblige(Duty duty, Instant? opens, Instant? due, bool startedByQuestion, RegimeDay day)
    {
        ref var state = ref states[current];
        state.Effect = state.Effect == Effect.NotApplicable ? Effect.Silent : state.Effect;
        if (!RecordDetails)
        {
            return this;
        }

        var at = DutyCount;
        if (at == duties.Length)
        {
            GrowDuties();
        }

        duties[at] = duty;
        this.opens[at] = opens.GetValueOrDefault();
        dues[at] = due.GetValueOrDefault();
        dutyFlags[at] = (opens.HasValue ? DutyFlags.Opens : DutyFlags.None)
            | (due.HasValue ? DutyFlags.Due : DutyFlags.None)
            | (startedByQuestion ? DutyFlags.StartedByQuestion : DutyFlags.None);
        dutyDays[at] = day;
        DutyCount = at + 1;
        return this;
    }

    internal Duty DutyAt(int index) => duties[index];

    /// <summary>The obligation of <paramref name="duty"/> with neither instant nor day: due, since nothing dates it.</summary>
    internal Obligation UnscheduledOf(Duty duty)
    {
        ref var entry = ref unscheduled[System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(duty) & (unscheduled.Length - 1)];
        if (!ReferenceEquals(entry.Duty, duty))
        {
            entry = (duty, new Obligation(duty.Id, null, null, ObligationStatus.Due, duty.Description));
        }

        return entry.Obligation!;
    }

    internal Instant? OpensAt(int index) => (dutyFlags[index] & DutyFlags.Opens) != 0 ? opens[index] : null;

    internal Instant? DueAt(int index) => (dutyFlags[index] & DutyFlags.Due) != 0 ? dues[index] : null;

    internal bool StartedByQuestionAt(int index) => (dutyFlags[index] & DutyFlags.StartedByQuestion) != 0;

    /// <summary>The regime day the duty at <paramref name="index"/> was stated on (a number below 1 when none).</summary>
    internal RegimeDay DayAt(int index) => dutyDays[index];

    /// <summary>A remedy in the clause's own words: <paramref name="sentence"/> says what to do (e.g. what a wait waits
    /// for) where the kind's general sentence would be vague.</summary>
    /// <param name="kind">The remedy's kind.</param>
    /// <param name="earliest">The earliest instant it can lift the denial.</param>
    /// <param name="condition">The condition it would satisfy.</param>
    /// <param name="sentence">What to do, in both languages; <see langword="null"/> for the kind's general sentence.</param>
    /// <returns>This.</returns>
    public Outcomes Add(RemedyKind kind, Instant earliest, string? condition = null, LocalizedText? sentence = null)
    {
        if (RecordDetails)
        {
            Remedies.Add(new RemedyEntry(current, kind, earliest, default, condition, sentence));
        }

        return this;
    }

    /// <summary>The clause's named condition <paramref name="id"/> is <paramref name="met"/> or not, decided on
    /// <paramref name="fact"/>: <see langword="null"/> for the proof the clause relied on (<see cref="WithProof"/>), which
    /// the reason carries, so one object serves both. Only a full pass keeps it (callers build the fact only when
    /// <see cref="RecordDetails"/>).</summary>
    public Outcomes Condition(string id, bool met, ConditionFact? fact)
    {
        if (!RecordDetails)
        {
            return this;
        }

        var at = ConditionCount;
        if (at == conditionIds.Length)
        {
            var length = at * 2;
            Array.Resize(ref conditionClauses, length);
            Array.Resize(ref conditionIds, length);
            Array.Resize(ref conditionMet, length);
            Array.Resize(ref conditionFacts, length);
        }

        conditionClauses[at] = current;
        conditionIds[at] = id;
        conditionMet[at] = met;
        conditionFacts[at] = fact;
        ConditionCount = at + 1;
        return this;
    }

    /// <summary>The conditions <paramref name="clause"/> stated in the pass, in the order stated, the clause's
    /// <paramref name="proof"/> as the fact of the condition decided on it; empty when none.</summary>
    internal Condition[] ConditionsOf(int clause, Proof? proof)
    {
        var count = 0;
        for (var i = 0; i < ConditionCount; i++)
        {
            count += conditionClauses[i] == clause ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var conditions = new Condition[count];
        var c = 0;
        for (var i = 0; i < ConditionCount; i++)
        {
            if (conditionClauses[i] == clause)
            {
                conditions[c++] = new Condition(conditionIds[i], conditionMet[i], conditionFacts[i] ?? proof!);
            }
        }

        return conditions;
    }

    /// <summary>The clause's denial could be lifted at <paramref name="earliest"/> by the negative result of the test sampled
    /// at <paramref name="sampled"/>, which is still pending (<c>remedy.await-result</c>).</summary>
    public Outcomes AwaitResult(Instant sampled, Instant earliest, string condition)
    {
        if (RecordDetails)
        {
            Remedies.Add(new RemedyEntry(current, RemedyKind.AwaitResult, earliest, sampled, condition));
        }

        return this;
    }

    /// <summary>The clause's outcome still holds at <paramref name="last"/> and may change just after it (the end of an
    /// inclusive window, such as the 48-hour proof's).</summary>
    public Outcomes ChangesAfter(Instant last) => Pass == Pass.Verdict ? this : Add(ChangePoint.Inclusive(last));

    /// <summary>The clause's outcome may change at <paramref name="at"/> (the end of a half-open period).</summary>
    public Outcomes ChangesAt(Instant at) => Pass == Pass.Verdict ? this : Add(ChangePoint.HalfOpen(at));

    // Only the earliest change point ahead of the instant evaluated is kept: the evaluator evaluates the clause again
    // there, and it states its next ones then. A verdict pass wants none (and builds none).
    private Outcomes Add(ChangePoint changePoint)
    {
        ref var state = ref states[current];
        if (changePoint.EffectiveFrom > context.At && (!state.HasNext || changePoint.IsSeenBefore(state.Next)))
        {
            state.Next = changePoint;
            state.HasNext = true;
        }

        return this;
    }

    private void GrowDuties()
    {
        var length = duties.Length * 2;
        Array.Resize(ref duties, length);
        Array.Resize(ref opens, length);
        Array.Resize(ref dues, length);
        Array.Resize(ref dutyFlags, length);
        Array.Resize(ref dutyDays, length);
    }
}

/// <summary>What a pass over the clauses records.</summary>
internal enum Pass
{
    /// <summary>The verdict alone.</summary>
    Verdict,

    /// <summary>The verdict and the change points ahead (the search for valid-until, timelines).</summary>
    Sweep,

    /// <summary>Everything: effects, proofs, duties, remedies and change points.</summary>
    Full,
}

/// <summary>What one clause said in a pass: its effect, the proof it relied on or looked at, and its earliest change
/// point ahead.</summary>
internal struct ClauseState
{
    public Effect Effect;
    public bool Advised;
    public bool AdvisesAgainst;
    public bool HasProof;
    public bool HasNext;
    public bool WasEvaluated;
    public ChangePoint Next;
    public ProofFound Proof;

    /// <summary>Forgets what the clause said (whether it was evaluated in the pass is kept).</summary>
    public void Clear()
    {
        Effect = Effect.NotApplicable;
        Advised = false;
        AdvisesAgainst = false;
        HasProof = false;
        HasNext = false;
    }
}

/// <summary>A remedy stated by clause <paramref name="Clause"/>; <paramref name="Sampled"/> names the pending test of a
/// <see cref="RemedyKind.AwaitResult"/>.</summary>
/// <paramref name="Condition"/> is the clause's condition it would satisfy.
internal readonly record struct RemedyEntry(int Clause, RemedyKind Kind, Instant Earliest, Instant Sampled, string? Condition, LocalizedText? Sentence = null);
