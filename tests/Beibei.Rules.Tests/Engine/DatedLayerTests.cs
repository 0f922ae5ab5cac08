using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using NodaTime;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Engine;

/// <summary>A dated layer: Beibei's letter in force from 2022-11-14 00:00 until 2022-11-16 00:00 only. Its clauses
/// decide within the period, and each end is a change point.</summary>
public class DatedLayerTests
{
    private static readonly Instant Starts = T("2022-11-14T00:00:00+08:00");
    private static readonly Instant Ends = T("2022-11-16T00:00:00+08:00");

    // A Beibei resident asked about a trip to Yuzhong (central, so CQ-136 lets it go) is held by Beibei's stay-in-district.
    internal static readonly PersonFacts Resident = new()
    {
        Region = "beibei",
        Tests = [TestRecord.Negative(T("2022-11-13T08:00:00+08:00"), T("2022-11-13T12:00:00+08:00"))],
    };

    internal static readonly Question Trip = new Travel("yuzhong", Purpose.NonEssential);

    private static Policy Dated(Instant from, Instant? until)
    {
        var policy = Policy.Chongqing2022;
        return Policy.Create(policy.Id, policy.Version, policy.Period, policy.Regions, policy.Days, [policy.Layers[0], policy.Layers[1].InForce(from, until)], policy.NotEvaluable, policy.Proof);
    }

    private static readonly Evaluator Evaluator = new(Dated(Starts, Ends), new PolicyOptions());

    private static bool HeldByBeibei(Decision decision) => decision.Reasons.Any(r => r.ClauseId == "beibei.stay-in-district");

    [Theory]
    [InlineData("2022-11-13T23:59:59.999999999+08:00", false)]
    [InlineData("2022-11-14T00:00:00+08:00", true)]
    [InlineData("2022-11-15T23:59:59.999999999+08:00", true)]
    [InlineData("2022-11-16T00:00:00+08:00", false)]
    public void TheLayersClauses_DecideWithinItsPeriodOnly(string at, bool held)
    {
        var decision = Evaluator.Decide(Resident, Trip, T(at)).Value!;

        Assert.Equal(held, HeldByBeibei(decision));
        Assert.True(HeldByBeibei(new Evaluator(Policy.Chongqing2022, new PolicyOptions()).Decide(Resident, Trip, T(at)).Value!));
    }

    [Fact]
    public void ValidUntil_StopsAtEachEndOfThePeriod()
    {
        var before = Evaluator.Decide(Resident, Trip, T("2022-11-13T20:00:00+08:00")).Value!;
        var within = Evaluator.Decide(Resident, Trip, T("2022-11-15T20:00:00+08:00")).Value!;

        Assert.Equal(Verdict.Allowed, before.Verdict);
        Assert.Equal((Starts, false), (before.ValidUntil!.Value, before.ValidUntilIncluded));
        Assert.Equal(Verdict.Denied, within.Verdict);
        Assert.Equal((Ends, false), (within.ValidUntil!.Value, within.ValidUntilIncluded));
    }

    [Fact]
    public void ATimeline_TurnsAtEachEndOfThePeriod()
    {
        var timeline = Evaluator.Timeline(Resident, Trip, T("2022-11-13T20:00:00+08:00"), T("2022-11-16T06:00:00+08:00")).Value!;

        Assert.Equal(
            [(Verdict.Allowed, T("2022-11-13T20:00:00+08:00")), (Verdict.Denied, Starts), (Verdict.Allowed, Ends)],
            timeline.Segments.Select(s => (s.Verdict, s.From)));
    }

    [Fact]
    public void TheVerdictAlone_AgreesWithTheDecision_OnBothSidesOfEachEnd()
    {
        foreach (var at in new[] { Starts - Duration.Epsilon, Starts, Ends - Duration.Epsilon, Ends })
        {
            Assert.True(Evaluator.TryDecideVerdict(Resident, Trip, at, out var verdict));
            Assert.Equal(Evaluator.Decide(Resident, Trip, at).Value!.Verdict, verdict);
        }
    }

    [Fact]
    public void APeriodWithoutAnEnd_LastsUntilThePolicysEnd()
    {
        var open = new Evaluator(Dated(Starts, null), new PolicyOptions());

        Assert.False(HeldByBeibei(open.Decide(Resident, Trip, Starts - Duration.Epsilon).Value!));
        Assert.True(HeldByBeibei(open.Decide(Resident, Trip, T("2022-12-01T00:00:00+08:00")).Value!));
        Assert.Null(Policy.Chongqing2022.Layers[1].From);
    }

    [Fact]
    public void ThePeriod_IsInTheDigest()
    {
        var digest = Evaluator.Identity.Digest;

        Assert.Equal(digest, new Evaluator(Dated(Starts, Ends), new PolicyOptions()).Identity.Digest);
        Assert.NotEqual(digest, new Evaluator(Dated(Starts, Ends + Duration.Epsilon), new PolicyOptions()).Identity.Digest);
        Assert.NotEqual(digest, new Evaluator(Dated(Starts, null), new PolicyOptions()).Identity.Digest);
        Assert.NotEqual(digest, new Evaluator(Policy.Chongqing2022, new PolicyOptions()).Identity.Digest);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void APeriod_ThatDoesNotEndAfterItStarts_IsAnError(long nanoseconds)
    {
        var error = Assert.Throws<ArgumentException>(() => Policy.Chongqing2022.Layers[1].InForce(Starts, Starts + Duration.FromNanoseconds(nanoseconds)));

        Assert.Contains("a period ends after it starts", error.Message, StringComparison.Ordinal);
        Assert.True(Policy.Chongqing2022.Layers[1].InForce(Starts, Starts + Duration.Epsilon).IsInForceAt(Starts));
        Assert.False(Policy.Chongqing2022.Layers[1].InForce(Starts, Starts + Duration.Epsilon).IsInForceAt(Starts + Duration.Epsilon));
    }

    [Fact]
    public void AClausesOwnPeriod_IsCutToItsLayers_AtBothEnds()
    {
        // Beibei's stay-in-district in force from a day before the layer until a day after it: the layer's ends hold.
        var policy = Policy.Chongqing2022;
        var stay = policy.FindClause("beibei.stay-in-district")!;
        var layer = Layer.Create("example-dated", ["BB-LETTER"]).Governing(policy.Layers[1].Governs!).Add(stay, Starts - Duration.FromDays(1), Ends + Duration.FromDays(1)).InForce(Starts, Ends);
        var dated = Policy.Create(policy.Id, policy.Version, policy.Period, policy.Regions, policy.Days, [policy.Layers[0], layer], policy.NotEvaluable, policy.Proof);

        Assert.Equal(new Interval(Starts, Ends), dated.ClausePeriods[^1]);
        Assert.DoesNotContain(stay, dated.ClausesInForceAt(Ends));
        Assert.Contains(stay, dated.ClausesInForceAt(Ends - Duration.Epsilon));
        Assert.DoesNotContain(stay, dated.ClausesInForceAt(Starts - Duration.Epsilon));
    }

    [Fact]
    public void AClauseVersionWhollyOutsideItsLayersPeriod_IsNeverInForce()
    {
        var policy = Policy.Chongqing2022;
        var stay = policy.FindClause("beibei.stay-in-district")!;
        var layer = Layer.Create("example-dated", ["BB-LETTER"]).Governing(policy.Layers[1].Governs!).Add(stay, Ends + Duration.FromDays(1), Ends + Duration.FromDays(2)).InForce(Starts, Ends);
        var dated = Policy.Create(policy.Id, policy.Version, policy.Period, policy.Regions, policy.Days, [policy.Layers[0], layer], policy.NotEvaluable, policy.Proof);

        Assert.Equal(Duration.Zero, dated.ClausePeriods[^1].Duration);
        foreach (var at in new[] { Starts, Ends - Duration.Epsilon, Ends, Ends + Duration.FromDays(1), Ends + Duration.FromHours(36) })
        {
            Assert.DoesNotContain(stay, dated.ClausesInForceAt(at));
            Assert.False(HeldByBeibei(new Evaluator(dated, new PolicyOptions()).Decide(Resident, Trip, at).Value!));
        }
    }
}
