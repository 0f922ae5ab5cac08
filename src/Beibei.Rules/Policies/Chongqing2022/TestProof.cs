using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using NodaTime;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary><c>cq.test-proof</c>: the 48-hour negative proof (核酸检测阴性证明).</summary>
/// <remarks>
/// <para>A test proves negativity at <c>at</c> when its result is negative, it was resulted and sampled at or before
/// <c>at</c>, and <c>at - anchor &lt;= proof-window</c>: "48小时内" includes 48 hours exactly (CIVIL-1259). The anchor is
/// the sampling time by default (<c>proof-anchor</c>): the seed is silent; Chongqing counted test days by sampling time,
/// and sampling time stops a slow laboratory from stretching validity. The person's proof is the valid test with the
/// latest expiry, <c>anchor + proof-window</c>, which is an inclusive change point of every clause that relies on it.</para>
/// <para>This clause decides nothing by itself and is never a reason: the clause that required the proof is the reason,
/// and the proof used appears in that reason.</para>
/// </remarks>
public sealed class TestProof : Clause
{
    /// <summary>The clause id.</summary>
    public const string ClauseId = "cq.test-proof";

    private static readonly Citation Cited = new(
        [Sources.Cq136, Sources.BbLetter],
        "CQ-136 第三部分第1、2段; BB-LETTER 一、七",
        "持48小时内核酸检测阴性证明",
        new LocalizedText(
            "A negative nucleic-acid test sampled within the last 48 hours (48 hours exactly included) is the proof the other clauses ask for.",
            "48小时内（含48小时）采样的核酸检测阴性结果即为其他条款要求的阴性证明。"));

    internal TestProof()
    {
    }

    /// <inheritdoc/>
    public override string Id => ClauseId;

    /// <inheritdoc/>
    public override Citation Citation => Cited;

    /// <inheritdoc/>
    public override IReadOnlyList<string> Parameters => ["proof-window", "proof-anchor"];

    /// <summary>The person's proof at <paramref name="at"/>: of the tests that prove negativity then, the one that expires
    /// last (of several that expire together, the first sampled, then the first listed); <see langword="null"/> when none
    /// does.</summary>
    /// <param name="tests">The tests as known at <paramref name="at"/>.</param>
    /// <param name="at">The instant.</param>
    /// <param name="options">The options (<c>proof-window</c>, <c>proof-anchor</c>).</param>
    /// <returns>The proof, or <see langword="null"/>.</returns>
    public static Proof? Find(IReadOnlyList<TestRecord> tests, Instant at, PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(tests);
        ArgumentNullException.ThrowIfNull(options);

        // One search serves the engine and this method: the tests are seen as known at the instant (a null entry or a
        // negative test without its result time proves nothing) and in sampling order, as the engine loads them (so a
        // tie between proofs that expire together goes the same way), then the engine's search picks the proof.
        var known = KnownTest.AsKnownAt(tests, at);
        return FindAmong(known, at, options, out var found) ? new Proof(tests[known[found.Test].Source], found.Anchor, found.Expires) : null;
    }

    /// <summary>The proof among tests as known: of those that prove negativity at <paramref name="at"/>, the one that
    /// expires last (with a window of constant length, the one with the latest anchor); of proofs that expire together,
    /// the first in the order given (sampling order, ties in the order listed).</summary>
    /// <remarks>The tests are as known at or before <paramref name="at"/>: each was sampled by then, and a negative one
    /// resulted by then (a later result is still pending), so only the result and the window are checked.</remarks>
    internal static bool FindAmong(ReadOnlySpan<KnownTest> tests, Instant at, PolicyOptions options, out ProofFound proof)
    {
        var earliestAnchor = at - options.ProofWindow;
        var bySampling = options.ProofAnchor == ProofAnchor.Sampled;
        var best = -1;
        var bestAnchor = earliestAnchor;
        for (var i = 0; i < tests.Length; i++)
        {
            ref readonly var test = ref tests[i];
            if (test.Result != TestResult.Negative)
            {
                continue;
            }

            var anchor = bySampling ? test.Sampled : test.Resulted;
            if (anchor >= bestAnchor && (best < 0 || anchor > bestAnchor))
            {
                best = i;
                bestAnchor = anchor;
            }
        }

        proof = best < 0 ? ProofFound.None : new ProofFound(best, bestAnchor, bestAnchor + options.ProofWindow);
        return best >= 0;
    }

    /// <summary>The sampling instant of the pending test (as known at the context's instant) that could still become the
    /// proof if its result is negative, the latest sampled of them; <see langword="null"/> when there is none. Counting from
    /// the sampling, a test could prove only while its sampling is within the window; counting from the result, any pending
    /// test could.</summary>
    internal static NodaTime.Instant? PendingThatCouldProve(ClauseContext context)
    {
        var tests = context.Facts.Tests;
        var options = context.Options;
        for (var i = tests.Length - 1; i >= 0; i--)
        {
            ref readonly var test = ref tests[i];
            if (test.Result == TestResult.Pending
                && (options.ProofAnchor == ProofAnchor.Resulted || context.At - test.Sampled <= options.ProofWindow))
            {
                return test.Sampled;
            }
        }

        return null;
    }

    /// <summary>The fact of a <c>negative-proof</c> condition: <see langword="null"/> when the proof is found (the reason's
    /// <see cref="Proof"/> is the fact: see <see cref="Outcomes.Condition"/>; the clause must record it with
    /// <see cref="Outcomes.WithProof"/>), else the newest test known and why it does not prove (expired at the end of its
    /// window, pending, positive), or none.</summary>
    internal static TestFact? FactOf(ClauseContext context, in ProofFound proof)
    {
        if (proof.IsFound)
        {
            return null;
        }

        var tests = context.Facts.Tests;

        if (tests.Length == 0)
        {
            return new TestFact(null, TestStanding.Missing);
        }

        ref readonly var newest = ref tests[^1];
        var options = context.Options;
        return newest.Result switch
        {
            TestResult.Pending => new TestFact(context.Facts.GivenTest(newest.Source), TestStanding.Pending),
            TestResult.Positive => new TestFact(context.Facts.GivenTest(newest.Source), TestStanding.Positive),
            _ => new TestFact(
                context.Facts.GivenTest(newest.Source),
                TestStanding.Expired,
                (options.ProofAnchor == ProofAnchor.Sampled ? newest.Sampled : newest.Resulted) + options.ProofWindow),
        };
    }

    /// <inheritdoc/>
    public override Reach Decides => Reach.Nowhere;

    /// <inheritdoc/>
    /// <remarks>The questions a proof is asked for: a trip or a public place.</remarks>
    public override Reach Reach => Reach.When(Situation.Travel, Situation.EnterPublicPlace);

    /// <inheritdoc/>
    protected override void Evaluate(ClauseContext context, Outcomes outcome)
    {
        // Decides nothing by itself (the clauses that need the proof read it from the context): it applies, silently,
        // while a proof holds, until the proof expires.
        ref readonly var proof = ref context.Proof;
        if (proof.IsFound)
        {
            outcome.Silent().ChangesAfter(proof.Expires);
        }
    }
}
