using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;

namespace Beibei.Rules.Decisions;

/// <summary>A clause a decision rests on: one that denied it, or, when allowed, one that granted the
/// permission, set conditions the person met, or made an exception.</summary>
/// <param name="ClauseId">The clause id, e.g. <c>example.market-hours</c>, or <c>policy.none-in-force</c>.</param>
/// <param name="Citation">The clause's sources, paragraph, quotation and summary.</param>
/// <param name="Proof">The negative proof the clause relied on, when it required one and one was found.</param>
/// <remarks><see cref="Force"/> is the voice of the sentence the reason rests on: a clause whose ban is advised and whose
/// conditions are required is <see cref="Decisions.Force.Advised"/> when its ban denies
/// and <see cref="Decisions.Force.Required"/> when its conditions decide.</remarks>
[JsonConverter(typeof(ReasonJsonConverter))]
public sealed record Reason(string ClauseId, Citation Citation, Proof? Proof = null)
{
    /// <summary>Whether the source requires or advises what this reason rests on (<c>force</c>).</summary>
    public Force Force { get; init; } = Force.Required;

    /// <summary>The clause's named conditions, met or unmet, each with the fact it was decided on, in the clause's order
    /// (empty for a clause that names none, such as <c>policy.none-in-force</c>).</summary>
    public IReadOnlyList<Condition> Conditions { get; init; } = [];

    /// <summary>Whether <paramref name="other"/> is the same reason: the same clause, citation, proof and force, and the same
    /// conditions element by element.</summary>
    /// <param name="other">The other reason.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(Reason? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (ClauseId == other.ClauseId
                && Citation == other.Citation
                && Proof == other.Proof
                && Force == other.Force
                && Conditions.SequenceEqual(other.Conditions)));

    /// <summary>A hash code consistent with <see cref="Equals(Reason?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(ClauseId, Citation, Proof, Force, Conditions.Count);
}
