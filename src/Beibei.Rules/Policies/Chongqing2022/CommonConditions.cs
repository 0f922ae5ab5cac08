namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary>The condition ids several clauses of the policy share (each clause lists its own in its documentation and in
/// <see cref="Engine.Clause.ConditionIds"/>).</summary>
public static class CommonConditions
{
    /// <summary>A report to the trip's destination made at or before the instant, and not before <c>reports-from</c>
    /// (fact: the report found, or none).</summary>
    public const string ReportToDestination = "report-to-destination";

    /// <summary>A 48-hour negative proof holds (fact: the test used, or the newest that failed and why).</summary>
    public const string NegativeProof = "negative-proof";

    /// <summary>The purpose is essential (<c>essential</c>, <c>medical</c> or <c>testing</c>; fact: the purpose).</summary>
    public const string EssentialPurpose = "essential-purpose";

    /// <summary>The purpose is one the regime lets go (fact: the purpose).</summary>
    public const string ExceptedPurpose = "excepted-purpose";
}
