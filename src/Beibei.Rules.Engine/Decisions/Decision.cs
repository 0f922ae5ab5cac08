using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;
using NodaTime;

namespace Beibei.Rules.Decisions;

/// <summary>The policy's answer to one question about one person at one instant, with why, until when and what to do.</summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class Decision
{
    // Kept without Nullable's padding (a decision is allocated per call).
    private readonly Instant validUntil;
    private readonly bool hasValidUntil;

    internal Decision(
        Instant at,
        Verdict verdict,
        IReadOnlyList<Reason> reasons,
        IReadOnlyList<Obligation> obligations,
        Instant? validUntil,
        bool validUntilIncluded,
        IReadOnlyList<Remedy> remedies,
        IReadOnlyList<Advice> advice,
        PolicyIdentity policy)
    {
        At = at;
        Verdict = verdict;
        Reasons = reasons;
        Obligations = obligations;
        this.validUntil = validUntil.GetValueOrDefault();
        hasValidUntil = validUntil.HasValue;
        ValidUntilIncluded = validUntilIncluded;
        Remedies = remedies;
        Advice = advice;
        Policy = policy;
    }

    /// <summary>The policy the decision came from: its id, version and digest (<c>policy</c>).</summary>
    [JsonPropertyName("policy")]
    [JsonPropertyOrder(8)]
    public PolicyIdentity Policy { get; }

    /// <summary>The instant asked about.</summary>
    [JsonPropertyName("at")]
    [JsonPropertyOrder(0)]
    [JsonConverter(typeof(PolicyInstantConverter))]
    public Instant At { get; }

    /// <summary>Allowed or denied.</summary>
    [JsonPropertyName("verdict")]
    [JsonPropertyOrder(1)]
    public Verdict Verdict { get; }

    /// <summary>True when <see cref="Verdict"/> is <see cref="Verdict.Allowed"/>.</summary>
    [JsonIgnore]
    public bool IsAllowed => Verdict == Verdict.Allowed;

    /// <summary>The clauses the answer rests on, in the order of the policy. When denied: every denying clause.
    /// When allowed: the clauses that granted it, set conditions the person met, or made an exception (may be empty).</summary>
    [JsonPropertyName("reasons")]
    [JsonPropertyOrder(2)]
    public IReadOnlyList<Reason> Reasons { get; }

    /// <summary>The person's unfulfilled obligations at <see cref="At"/>, and, when allowed, those the question itself starts.</summary>
    [JsonPropertyName("obligations")]
    [JsonPropertyOrder(3)]
    public IReadOnlyList<Obligation> Obligations { get; }

    /// <summary>Until when the verdict holds if nothing new is learned; <see langword="null"/> when no instant ahead changes it.</summary>
    /// <remarks>See <see cref="ValidUntilIncluded"/> for whether the verdict still holds at this instant itself.</remarks>
    [JsonPropertyName("valid-until")]
    [JsonPropertyOrder(4)]
    [JsonConverter(typeof(PolicyInstantConverter))]
    public Instant? ValidUntil => hasValidUntil ? validUntil : null;

    /// <summary>True when the verdict still holds at <see cref="ValidUntil"/> and changes just after it (an inclusive
    /// window such as the 48-hour proof); false when it changes at <see cref="ValidUntil"/> (a half-open period).</summary>
    [JsonPropertyName("valid-until-included")]
    [JsonPropertyOrder(5)]
    public bool ValidUntilIncluded { get; }

    /// <summary>For a denial: what would change it and the earliest instant it could. Empty when allowed.</summary>
    [JsonPropertyName("remedies")]
    [JsonPropertyOrder(6)]
    public IReadOnlyList<Remedy> Remedies { get; }

    /// <summary>Under <c>advice: inform</c>: the advised bans the question goes against, which did not deny it (each with
    /// its clause id and citation). Always empty under <c>advice: deny</c>, where such a ban is a reason of the denial.</summary>
    [JsonPropertyName("advice")]
    [JsonPropertyOrder(7)]
    public IReadOnlyList<Advice> Advice { get; }

    /// <summary>True when a reason with this clause id is among <see cref="Reasons"/>.</summary>
    /// <param name="clauseId">A clause id.</param>
    /// <returns>Whether the decision rests on that clause.</returns>
    public bool HasReason(string clauseId) => Reasons.Any(r => r.ClauseId == clauseId);

    /// <summary>The obligation with this id, or <see langword="null"/>.</summary>
    /// <param name="obligationId">An obligation id such as <c>example.daily-test/today</c>.</param>
    /// <returns>The obligation, if listed.</returns>
    public Obligation? FindObligation(string obligationId) => Obligations.FirstOrDefault(o => o.Id == obligationId);
}
