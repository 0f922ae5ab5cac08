using Beibei.Rules.Decisions;

namespace Beibei.Rules.Engine;

/// <summary>What one clause found at one instant: its effect, the proof it used, duties, remedies and change points.</summary>
/// <remarks>Clauses that do not apply return the shared <see cref="NotApplicable"/> instance, so they allocate nothing.</remarks>
internal sealed class ClauseOutcome
{
    public static readonly ClauseOutcome NotApplicable = new(Effect.NotApplicable);

    private List<ObligationDraft>? obligations;
    private List<Remedy>? remedies;
    private List<ChangePoint>? changePoints;

    public ClauseOutcome(Effect effect, Proof? proof = null)
    {
        Effect = effect;
        Proof = proof;
    }

    public Effect Effect { get; private set; }

    public Proof? Proof { get; private set; }

    public IReadOnlyList<ObligationDraft> Obligations => (IReadOnlyList<ObligationDraft>?)obligations ?? [];

    public IReadOnlyList<Remedy> Remedies => (IReadOnlyList<Remedy>?)remedies ?? [];

    public IReadOnlyList<ChangePoint> ChangePoints => (IReadOnlyList<ChangePoint>?)changePoints ?? [];

    public static ClauseOutcome Silent() => new(Effect.Silent);

    public static ClauseOutcome Permits(Proof? proof = null) => new(Effect.Permits, proof);

    public static ClauseOutcome Denies() => new(Effect.Denies);

    /// <summary>Raises the effect to <paramref name="effect"/> when it is stricter than the current one.</summary>
    public ClauseOutcome AtLeast(Effect effect)
    {
        if (effect > Effect)
        {
            Effect = effect;
        }

        return this;
    }

    public ClauseOutcome WithProof(Proof? proof)
    {
        Proof = proof;
        return this;
    }

    public ClauseOutcome Add(ObligationDraft obligation)
    {
        (obligations ??= []).Add(obligation);
        return this;
    }

    public ClauseOutcome Add(Remedy remedy)
    {
        (remedies ??= []).Add(remedy);
        return this;
    }

    public ClauseOutcome Add(ChangePoint changePoint)
    {
        (changePoints ??= []).Add(changePoint);
        return this;
    }
}
