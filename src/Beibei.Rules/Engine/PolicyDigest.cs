using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Beibei.Rules.Decisions;

namespace Beibei.Rules.Engine;

/// <summary>The digest of a policy with its options: SHA-256 over a canonical text of what the policy declares (ids,
/// citations, parameters, obligation and condition ids, the parts not evaluated), the parameter values and the library's
/// version. Derived from the declarations alone, so it changes when, and only when, one of them does.</summary>
internal static class PolicyDigest
{
    private static readonly string LibraryVersion =
        typeof(PolicyDigest).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static PolicyIdentity Of(Policy policy, PolicyOptions options)
    {
        var text = new StringBuilder();
        void Line(string name, string value) => text.Append(name).Append('=').Append(value.Replace("\n", "\\n", StringComparison.Ordinal)).Append('\n');
        void Cite(string prefix, Citation citation)
        {
            Line(prefix + ".sources", string.Join(",", citation.Sources));
            Line(prefix + ".paragraph", citation.Paragraph);
            Line(prefix + ".quotation", citation.Quotation);
            Line(prefix + ".summary.en", citation.Summary.En);
            Line(prefix + ".summary.zh", citation.Summary.Zh);
        }

        Line("library", LibraryVersion);
        Line("policy", policy.Id);
        Line("version", policy.Version);
        Cite("period", policy.NoneInForceReason.Citation);
        foreach (var clause in policy.Clauses)
        {
            Line("clause", clause.Id);
            Cite(clause.Id, clause.Citation);
            Line(clause.Id + ".parameters", string.Join(",", clause.Parameters));
            Line(clause.Id + ".obligations", string.Join(",", clause.ObligationIds));
            Line(clause.Id + ".conditions", string.Join(",", clause.ConditionIds));
        }

        foreach (var part in policy.NotEvaluable)
        {
            Line("not-evaluable", part.Id);
            Cite(part.Id, part.Citation);
        }

        foreach (var (name, value) in Parameters(options))
        {
            Line("parameter." + name, value);
        }

        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        return new PolicyIdentity(policy.Id, policy.Version, digest);
    }

    /// <summary>Every parameter with its value, written invariantly and to the nanosecond (instants in UTC).</summary>
    private static IEnumerable<(string Name, string Value)> Parameters(PolicyOptions o)
    {
        static string I(NodaTime.Instant i) => NodaTime.Text.InstantPattern.ExtendedIso.Format(i);
        static string D(NodaTime.Duration d) => NodaTime.Text.DurationPattern.Roundtrip.Format(d);
        yield return ("in-force-from", I(o.InForceFrom));
        yield return ("in-force-until", I(o.InForceUntil));
        yield return ("proof-window", D(o.ProofWindow));
        yield return ("proof-anchor", PolicyTerms.Of(o.ProofAnchor));
        yield return ("land-and-test-days", o.LandAndTestDays.ToString(CultureInfo.InvariantCulture));
        yield return ("land-and-test-gap", D(o.LandAndTestGap));
        yield return ("land-and-test-count", o.LandAndTestCount.ToString(CultureInfo.InvariantCulture));
        yield return ("day-one", PolicyTerms.Of(o.DayOne));
        yield return ("isolation-days", o.IsolationDays.ToString(CultureInfo.InvariantCulture));
        // G29 drops trailing zeros: 37.3 and 37.30 are the same threshold.
        yield return ("fever-threshold", o.FeverThreshold.ToString("G29", CultureInfo.InvariantCulture));
        yield return ("reports-from", I(o.ReportsFrom));
        yield return ("advice", PolicyTerms.Of(o.Advice));
    }
}
