using Beibei.Rules.Decisions;
using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>What the clauses found in one pass at one instant: each clause's effect and proof, and the duties,
/// remedies and change points they stated. Clauses write into it; the evaluator reads it.</summary>
/// <remarks>Reused by one thread (see <see cref="Workspace"/>): a pass allocates nothing once the buffers are warm.</remarks>
internal sealed class Outcomes
{
    private readonly Effect[] effects;
    private readonly ProofFound?[] proofs;
    private int current;

    public Outcomes(int clauses)
    {
        effects = new Effect[clauses];
        proofs = new ProofFound?[clauses];
    }

    /// <summary>What the pass records.</summary>
    public Pass Pass { get; private set; }

    /// <summary>True in a full pass: duties and remedies are recorded.</summary>
    public bool RecordDetails => Pass == Pass.Full;

    public List<ObligationEntry> Obligations { get; } = [];

    public List<RemedyEntry> Remedies { get; } = [];

    public List<ChangePoint> ChangePoints { get; } = [];

    public int Count => effects.Length;

    public Effect EffectOf(int clause) => effects[clause];

    public ProofFound? ProofOf(int clause) => proofs[clause];

    /// <summary>Starts a pass.</summary>
    public void Reset(Pass pass)
    {
        Pass = pass;
        effects.AsSpan().Clear();
        Obligations.Clear();
        Remedies.Clear();
        ChangePoints.Clear();
    }

    /// <summary>Moves to the clause about to be evaluated.</summary>
    public void Begin(int clause)
    {
        current = clause;
        proofs[clause] = null;
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

    /// <summary>The clause permits, relying on <paramref name="proof"/> if it required one.</summary>
    public Outcomes Permits(ProofFound? proof = null)
    {
        proofs[current] = proof;
        return Set(Effect.Permits);
    }

    /// <summary>Records the proof the clause looked at, whatever its effect (a denial for another reason shows it too).</summary>
    public Outcomes WithProof(ProofFound? proof)
    {
        proofs[current] = proof;
        return this;
    }

    public Outcomes Add(in ObligationDraft obligation)
    {
        effects[current] = effects[current] == Effect.NotApplicable ? Effect.Silent : effects[current];
        if (RecordDetails)
        {
            Obligations.Add(new ObligationEntry(current, obligation));
        }

        return this;
    }

    public Outcomes Add(RemedyKind kind, Instant earliest)
    {
        if (RecordDetails)
        {
            Remedies.Add(new RemedyEntry(current, kind, earliest));
        }

        return this;
    }

    public Outcomes Add(ChangePoint changePoint)
    {
        if (Pass != Pass.Verdict)
        {
            ChangePoints.Add(changePoint);
        }

        return this;
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

/// <summary>A duty stated by clause <paramref name="Clause"/>.</summary>
internal readonly record struct ObligationEntry(int Clause, ObligationDraft Draft);

/// <summary>A remedy stated by clause <paramref name="Clause"/>.</summary>
internal readonly record struct RemedyEntry(int Clause, RemedyKind Kind, Instant Earliest);
