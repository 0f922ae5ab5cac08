using System.Security.Cryptography;
using System.Text;
using Beibei.Rules.Decisions;

namespace Beibei.Rules.Engine;

/// <summary>The digest of a policy with its options: SHA-256 over a canonical text of what the policy declares (ids,
/// citations, parameters, obligation and condition ids, reaches, the regions and the ones each layer governs, the proof
/// rule, the parts not evaluated), the parameter values and the library's version. Derived from the declarations alone, so it changes when, and only when, one of them does.</summary>
internal static class PolicyDigest
{
    private static readonly string LibraryVersion =
        typeof(PolicyDigest).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static PolicyIdentity Of(Policy policy, PolicyOptions options)
    {
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalText(policy, options))));
        return new PolicyIdentity(policy.Id, policy.Version, digest);
    }

    /// <summary>The text the digest is taken over: one <c>name=value</c> line per declaration.</summary>
    internal static string CanonicalText(Policy policy, PolicyOptions options)
    {
        var text = new StringBuilder();
        // One declaration per line: a backslash and a new line inside a value are escaped, so no two texts read alike.
        void Line(string name, string value) => text.Append(name).Append('=')
            .Append(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)).Append('\n');
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
        Line("days", $"{policy.Days.Zone.Id}|{policy.Days.Name.En}|{policy.Days.Name.Zh}");
        foreach (var region in policy.Regions.All)
        {
            Line("region", $"{region.Id}|{region.Name}|{region.Zone}|{string.Join(",", region.ShortNames)}|{region.GbCode}");
        }

        if (policy.Proof is { } proof)
        {
            Line("proof", $"{proof.Method.DeclaringType?.FullName}.{proof.Method.Name}, {proof.Method.Module.Assembly.GetName().Name} {proof.Method.Module.Assembly.GetName().Version}");
        }

        foreach (var layer in policy.Layers)
        {
            Line("layer", layer.Id);
            Line(layer.Id + ".sources", string.Join(",", layer.Sources));
            if (layer.From is { } from)
            {
                Line(layer.Id + ".from", NodaTime.Text.InstantPattern.ExtendedIso.Format(from));
            }

            if (layer.Until is { } until)
            {
                Line(layer.Id + ".until", NodaTime.Text.InstantPattern.ExtendedIso.Format(until));
            }

            if (layer.Governs is { } governed)
            {
                Line(layer.Id + ".governs", string.Join(",", governed.Select(r => r.Id)));
            }

            for (var i = 0; i < layer.Clauses.Count; i++)
            {
                Clause(layer.Clauses[i]);
                if (layer.ClausePeriods[i] is { HasStart: true } or { HasEnd: true })
                {
                    var period = layer.ClausePeriods[i];
                    Line(layer.Clauses[i].Id + ".in-force", $"{(period.HasStart ? Exact(period.Start) : "")}|{(period.HasEnd ? Exact(period.End) : "")}");
                }
            }

            foreach (var version in layer.Versions)
            {
                var parameter = policy.FindParameter(version.Parameter)!;
                var dated = new PolicyOptions();
                parameter.TrySet(dated, version.Value);
                Line(layer.Id + ".version", $"{version.Parameter}@{NodaTime.Text.InstantPattern.ExtendedIso.Format(version.From)}={parameter.Format(dated)}");
            }
        }

        void Clause(Clause clause)
        {
            Line("clause", clause.Id);

            // The code that evaluates it: a clause rebuilt in another version of its assembly is another policy.
            var type = clause.GetType();
            Line(clause.Id + ".type", $"{type.FullName}, {type.Assembly.GetName().Name} {type.Assembly.GetName().Version}");
            Cite(clause.Id, clause.Citation);
            Line(clause.Id + ".parameters", string.Join(",", clause.Parameters));
            Line(clause.Id + ".obligations", string.Join(",", clause.ObligationIds));
            Line(clause.Id + ".conditions", string.Join(",", clause.ConditionIds));
            Line(clause.Id + ".reach", Scope(clause.Reach));
            Line(clause.Id + ".decides", Scope(clause.Decides));
        }

        static string Exact(NodaTime.Instant instant) => NodaTime.Text.InstantPattern.ExtendedIso.Format(instant);

        static string Scope(Reach reach) => reach.IsNowhere ? "nowhere" : $"{(uint)reach.First:x}|{(uint)reach.Second:x}";

        foreach (var part in policy.NotEvaluable)
        {
            Line("not-evaluable", part.Id);
            Cite(part.Id, part.Citation);
        }

        foreach (var parameter in policy.Parameters)
        {
            // Written exactly (instants and durations to the nanosecond), so that any change of a value changes the digest.
            Line("parameter." + parameter.Name, parameter.Format(options));
            if (parameter.IsDeclared)
            {
                Line("parameter." + parameter.Name + ".declared", $"{parameter.Kind}|{parameter.Unit}|{string.Join(",", parameter.Words)}");
                if (parameter.Citation is { } citation)
                {
                    Cite("parameter." + parameter.Name, citation);
                }
            }
        }

        return text.ToString();
    }
}
