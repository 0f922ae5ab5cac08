using Beibei.Rules.Decisions;
using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>What the clauses found in one pass at one instant: each clause's effect and proof, the duties and remedies
/// they stated, and each clause's next change point. Clauses write into it; the evaluator reads it.</summary>
/// <remarks>Reused by one thread (see <see cref="Workspace"/>): a pass allocates nothing once the buffers are warm.</remarks>
internal sealed class Outcomes
{
    private readonly Effect[] effects;
    private readonly ProofFound[] proofs;
    private readonly bool[] hasProof;

    // Each clause's earliest change point after the instant it was evaluated at, if it stated one.
    private readonly ChangePoint[] nextPoints;
    private readonly bool[] hasNext;

    // The clauses evaluated in the pass, in the order they were first evaluated (the policy's), each once.
    private readonly int[] evaluated;
    private readonly bool[] wasEvaluated;
    private int evaluatedCount;
    private int current;
    private Instant evaluatedAt;

    public Outcomes(int clauses)
    {
        effects = new Effect[clauses];
        proofs = new ProofFound[clauses];
        hasProof = new bool[clauses];
        nextPoints = new ChangePoint[clauses];
        hasNext = new bool[clauses];
        evaluated = new int[clauses];
        wasEvaluated = new bool[clauses];
    }

    /// <summary>What the pass records.</summary>
    public Pass Pass { get; private set; }

    /// <summary>True in a full pass: duties and remedies are recorded.</summary>
    public bool RecordDetails => Pass == Pass.Full;

    // The duties stated in the pass, field by field: a duty is stored without copying a large struct around.
    private Duty[] duties = new Duty[8];
    private Instant[] opens = new Instant[8];
    private Instant[] dues = new Instant[8];
    private DutyFlags[] dutyFlags = new DutyFlags[8];

    [Flags]
    private enum DutyFlags : byte
    {
        None = 0,
        Opens = 1,
        Due = 2,
        StartedByQuestion = 4,
    }

    /// <summary>How many duties the pass stated (in a full pass; none in the others).</summary>
    public int DutyCount { get; private set; }

    public List<RemedyEntry> Remedies { get; } = [];

    public int Count => effects.Length;

    /// <summary>The clauses evaluated in the pass, in the policy's order: the only ones that can have said anything.</summary>
    public ReadOnlySpan<int> Evaluated => evaluated.AsSpan(0, evaluatedCount);

    public Effect EffectOf(int clause) => effects[clause];

    /// <summary>The proof <paramref name="clause"/> relied on or looked at, if it gave one.</summary>
    public bool TryGetProof(int clause, out ProofFound proof)
    {
        proof = proofs[clause];
        return hasProof[clause];
    }

    /// <summary>Starts a pass.</summary>
    public void Reset(Pass pass)
    {
        Pass = pass;
        foreach (var clause in Evaluated)
        {
            effects[clause] = Effect.NotApplicable;
            hasNext[clause] = false;
            wasEvaluated[clause] = false;
        }

        evaluatedCount = 0;
        DutyCount = 0;
        Remedies.Clear();
    }

    /// <summary>Goes on with the outcomes found so far, recording what <paramref name="pass"/> records from now on (a
    /// sweep that follows a full pass needs no duties or remedies).</summary>
    public void Continue(Pass pass) => Pass = pass;

    /// <summary>Moves to the clause about to be evaluated at <paramref name="at"/>, forgetting what it said before (a
    /// sweep evaluates a clause again without starting a new pass).</summary>
    public void Begin(int clause, Instant at)
    {
        current = clause;
        evaluatedAt = at;
        if (!wasEvaluated[clause])
        {
            wasEvaluated[clause] = true;
            evaluated[evaluatedCount++] = clause;
        }

        effects[clause] = Effect.NotApplicable;
        hasProof[clause] = false;
        hasNext[clause] = false;
    }

    /// <summary>The earliest change point <paramref name="clause"/> stated after the instant it was evaluated at.</summary>
    public bool TryGetNext(int clause, out ChangePoint next)
    {
        next = nextPoints[clause];
        return hasNext[clause];
    }

    /// <summary>The clause's effect becomes <paramref name="effect"/> when that is stricter than what it has said so far.</summary>
    public Outcomes Set(Effect effect)
    {
        if (effect > effects[current])
        {
            effects[current] = effect;
        }

        return this;
    }

    public Outcomes Silent() => Set(Effect.Silent);

    public Outcomes Denies() => Set(Effect.Denies);

    /// <summary>The clause permits.</summary>
    public Outcomes Permits() => Set(Effect.Permits);

    /// <summary>The clause permits, relying on <paramref name="proof"/>.</summary>
    public Outcomes Permits(in ProofFound proof) => WithProof(proof).Set(Effect.Permits);

    /// <summary>Records the proof the clause looked at, whatever its effect (a denial for another reason shows it too).</summary>
    public Outcomes WithProof(in ProofFound proof)
    {
        if (proof.IsFound)
        {
            proofs[current] = proof;
            hasProof[current] = true;
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
    public Outcomes Oblige(Duty duty, Instant? opens, Instant? due, bool startedByQuestion)
    {
        effects[current] = effects[current] == Effect.NotApplicable ? Effect.Silent : effects[current];
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
        DutyCount = at + 1;
        return this;
    }

    public Duty DutyAt(int index) => duties[index];

    public Instant? OpensAt(int index) => (dutyFlags[index] & DutyFlags.Opens) != 0 ? opens[index] : null;

    public Instant? DueAt(int index) => (dutyFlags[index] & DutyFlags.Due) != 0 ? dues[index] : null;

    public bool StartedByQuestionAt(int index) => (dutyFlags[index] & DutyFlags.StartedByQuestion) != 0;

    public Outcomes Add(RemedyKind kind, Instant earliest)
    {
        if (RecordDetails)
        {
            Remedies.Add(new RemedyEntry(current, kind, earliest));
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
        if (changePoint.EffectiveFrom > evaluatedAt && (!hasNext[current] || changePoint.IsSeenBefore(nextPoints[current])))
        {
            nextPoints[current] = changePoint;
            hasNext[current] = true;
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

/// <summary>A remedy stated by clause <paramref name="Clause"/>.</summary>
internal readonly record struct RemedyEntry(int Clause, RemedyKind Kind, Instant Earliest);
