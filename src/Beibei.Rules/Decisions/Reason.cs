namespace Beibei.Rules.Decisions;

/// <summary>A clause a decision rests on: one that denied it, or, when allowed, one that granted the
/// permission, set conditions the person met, or made an exception.</summary>
/// <param name="ClauseId">The clause id, e.g. <c>cq.central-city.leave-conditions</c>, or <c>policy.none-in-force</c>.</param>
/// <param name="Citation">The clause's sources, paragraph, quotation and summary.</param>
/// <param name="Proof">The negative proof the clause relied on, when it required one and one was found.</param>
public sealed record Reason(string ClauseId, Citation Citation, Proof? Proof = null);
