using System.Text.Json;
using Beibei.Rules.Casebook;
using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using NodaTime;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Engine;

/// <summary>Dated versions of one clause: Beibei's stay-in-district as written until 2022-11-15 00:00, then an amended
/// version of the same id (lifted: it writes nothing; or restated: it denies as before, citing the amendment).</summary>
public class DatedClauseTests
{
    private const string StayId = "beibei.stay-in-district";

    private static readonly Instant Amended = T("2022-11-15T00:00:00+08:00");

    // A Beibei resident asked about a trip to Yuzhong, held by Beibei's stay-in-district.
    private static readonly PersonFacts Resident = DatedLayerTests.Resident;

    private static readonly Question Trip = DatedLayerTests.Trip;

    private static readonly Evaluator Lifting = new(Versions((original, layer) => layer.Add(original, Start, Amended).Add(new Lifted(original), Amended)), new PolicyOptions());

    private static Instant Start => new PolicyOptions().InForceFrom;

    /// <summary>Chongqing 2022 with Beibei's layer rebuilt, its stay-in-district added by <paramref name="versions"/>.</summary>
    private static Policy Versions(Func<Clause, Layer, Layer> versions)
    {
        var policy = Policy.Chongqing2022;
        var beibei = policy.Layers[1];
        var layer = Layer.Create(beibei.Id, beibei.Sources).Governing(beibei.Governs!);
        foreach (var clause in beibei.Clauses)
        {
            layer = clause.Id == StayId ? versions(clause, layer) : layer.Add(clause);
        }

        return Policy.Create(policy.Id, policy.Version, policy.Period, policy.Regions, policy.Days, [policy.Layers[0], layer], policy.NotEvaluable, policy.Proof);
    }

    /// <summary>Stay-in-district in force from <paramref name="from"/> (until <paramref name="until"/>, or on), in Beibei's
    /// layer dated 11-11 to 11-14.</summary>
    private static Policy InALayerFrom11To14(Instant from, Instant? until = null)
    {
        var policy = Versions((original, layer) => layer.Add(original, from, until));
        var beibei = policy.Layers[1].InForce(T("2022-11-11T00:00:00+08:00"), T("2022-11-14T00:00:00+08:00"));
        return Policy.Create(policy.Id, policy.Version, policy.Period, policy.Regions, policy.Days, [policy.Layers[0], beibei], policy.NotEvaluable, policy.Proof);
    }

    private static bool HeldByStay(Decision decision) => decision.Reasons.Any(r => r.ClauseId == StayId);

    [Theory]
    [InlineData("2022-11-14T23:59:59.999999999+08:00", true)]
    [InlineData("2022-11-15T00:00:00+08:00", false)]
    [InlineData("2022-11-15T00:00:00.000000001+08:00", false)]
    public void EachVersion_DecidesWithinItsPeriod(string at, bool held)
    {
        var decision = Lifting.Decide(Resident, Trip, T(at)).Value!;

        Assert.Equal(held, HeldByStay(decision));
        Assert.Equal(held ? Verdict.Denied : Verdict.Allowed, decision.Verdict);
    }

    [Fact]
    public void ValidUntil_StopsAtTheVersionBoundary()
    {
        var before = Lifting.Decide(Resident, Trip, T("2022-11-14T20:00:00+08:00")).Value!;

        Assert.Equal(Verdict.Denied, before.Verdict);
        Assert.Equal((Amended, false), (before.ValidUntil!.Value, before.ValidUntilIncluded));
        Assert.Equal(Verdict.Allowed, Lifting.Decide(Resident, Trip, before.ValidUntil!.Value).Value!.Verdict);
    }

    [Fact]
    public void ATimeline_TurnsAtTheVersionBoundary()
    {
        var timeline = Lifting.Timeline(Resident, Trip, T("2022-11-14T20:00:00+08:00"), T("2022-11-15T06:00:00+08:00")).Value!;

        Assert.Equal(
            [(Verdict.Denied, T("2022-11-14T20:00:00+08:00"), true), (Verdict.Allowed, Amended, false)],
            timeline.Segments.Select(s => (s.Verdict, s.From, s.Reasons.Contains(StayId))));
    }

    [Fact]
    public void TheVerdictAlone_AgreesWithTheDecision_OnBothSidesOfTheBoundary()
    {
        foreach (var at in new[] { Amended - Duration.Epsilon, Amended, Amended + Duration.Epsilon })
        {
            Assert.True(Lifting.TryDecideVerdict(Resident, Trip, at, out var verdict));
            Assert.Equal(Lifting.Decide(Resident, Trip, at).Value!.Verdict, verdict);
        }
    }

    [Fact]
    public void AReason_CitesTheVersionInForce()
    {
        var restating = new Evaluator(Versions((original, layer) => layer.Add(original, Start, Amended).Add(new Restated(original), Amended)), new PolicyOptions());

        Citation CitationAt(Instant at) => restating.Decide(Resident, Trip, at).Value!.Reasons.Single(r => r.ClauseId == StayId).Citation;

        Assert.Equal(Policy.Chongqing2022.FindClause(StayId)!.Citation, CitationAt(Amended - Duration.Epsilon));
        Assert.Equal(Restated.Paragraph, CitationAt(Amended).Paragraph);
    }

    [Fact]
    public void TheVersions_KeepTheirClausesPlaceInTheOrderOfPrecedence()
    {
        var policy = Lifting.Policy;
        var beibei = policy.Layers[1];
        var original = Policy.Chongqing2022.Layers[1];

        Assert.Equal([.. original.Clauses.Select(c => c.Id)], beibei.Clauses.Select(c => c.Id).Distinct());
        Assert.Equal(original.Clauses.Count + 1, beibei.Clauses.Count);
        var first = beibei.Clauses.Select(c => c.Id).ToList().IndexOf(StayId);
        Assert.Equal(StayId, beibei.Clauses[first + 1].Id);
        Assert.Equal([new Interval(Start, Amended), new Interval(Amended, null)], beibei.ClausePeriods.Skip(first).Take(2));
    }

    [Fact]
    public void ClausesInForceAt_NamesTheVersionInForce_AndTheListingFollowsIt()
    {
        var policy = Lifting.Policy;
        var stay = policy.Clauses.Where(c => c.Id == StayId).ToArray();

        Assert.Same(stay[0], policy.ClausesInForceAt(Amended - Duration.Epsilon).Single(c => c.Id == StayId));
        Assert.Same(stay[1], policy.ClausesInForceAt(Amended).Single(c => c.Id == StayId));
        Assert.Equal(Policy.Chongqing2022.Clauses.Count, policy.ClausesInForceAt(Amended).Count);

        string[] Listed(Instant? at) => [.. JsonDocument.Parse(ListingJson.Clauses(policy, new PolicyOptions(), at)).RootElement.GetProperty("clauses")
            .EnumerateArray().Where(c => c.GetProperty("id").GetString() == StayId)
            .Select(c => $"{Text(c, "in-force-from")}|{Text(c, "in-force-until")}")];

        Assert.Equal(["2022-11-10T00:00:00+08:00|2022-11-15T00:00:00+08:00", "2022-11-15T00:00:00+08:00|"], Listed(null));
        Assert.Equal(["2022-11-10T00:00:00+08:00|2022-11-15T00:00:00+08:00"], Listed(Amended - Duration.Epsilon));
        Assert.Equal(["2022-11-15T00:00:00+08:00|"], Listed(Amended));
        Assert.Empty(Listed(new PolicyOptions().InForceUntil));
        Assert.DoesNotContain("in-force-until\": \"2022-11-15", ListingJson.Clauses(Policy.Chongqing2022, new PolicyOptions()), StringComparison.Ordinal);

        static string Text(JsonElement clause, string name) => clause.TryGetProperty(name, out var value) ? value.GetString()! : string.Empty;
    }

    [Fact]
    public void AVersionPeriod_IsCutToItsLayers()
    {
        var cut = InALayerFrom11To14(T("2022-11-12T00:00:00+08:00"));
        var evaluator = new Evaluator(cut, new PolicyOptions());
        var index = cut.Clauses.ToList().FindIndex(c => c.Id == StayId);

        Assert.Equal(new Interval(T("2022-11-12T00:00:00+08:00"), T("2022-11-14T00:00:00+08:00")), cut.ClausePeriods[index]);
        Assert.False(HeldByStay(evaluator.Decide(Resident, Trip, T("2022-11-11T23:59:59.999999999+08:00")).Value!));
        Assert.True(HeldByStay(evaluator.Decide(Resident, Trip, T("2022-11-12T00:00:00+08:00")).Value!));
        Assert.True(HeldByStay(evaluator.Decide(Resident, Trip, T("2022-11-13T23:59:59.999999999+08:00")).Value!));
        Assert.False(HeldByStay(evaluator.Decide(Resident, Trip, T("2022-11-14T00:00:00+08:00")).Value!));
    }

    [Theory]
    [InlineData("2022-11-16T00:00:00+08:00", "2022-11-14T00:00:00+08:00")]
    [InlineData("2022-11-14T00:00:00.000000001+08:00", "2022-11-14T00:00:00+08:00")]
    [InlineData("2022-11-14T00:00:00+08:00", "2022-11-14T00:00:00+08:00")]
    [InlineData("2022-11-13T23:59:59.999999999+08:00", "2022-11-13T23:59:59.999999999+08:00")]
    [InlineData("2022-11-13T00:00:00+08:00", "2022-11-13T00:00:00+08:00")]
    public void AVersionsEnd_IsCutToItsLayersEnd_WhenItIsLater(string versionEnds, string inForceUntil)
    {
        var (from, ends) = (T("2022-11-12T00:00:00+08:00"), T(inForceUntil));
        var cut = InALayerFrom11To14(from, T(versionEnds));
        var evaluator = new Evaluator(cut, new PolicyOptions());
        var index = cut.Clauses.ToList().FindIndex(c => c.Id == StayId);

        Assert.Equal(new Interval(from, ends), cut.ClausePeriods[index]);
        Assert.True(HeldByStay(evaluator.Decide(Resident, Trip, ends - Duration.Epsilon).Value!));
        Assert.False(HeldByStay(evaluator.Decide(Resident, Trip, ends).Value!));
        var within = evaluator.Decide(Resident, Trip, from + Duration.FromHours(20)).Value!;
        Assert.Equal((ends, false), (within.ValidUntil!.Value, within.ValidUntilIncluded));
    }

    [Fact]
    public void AVersionWhollyOutsideItsLayersPeriod_IsNeverInForce()
    {
        var cut = InALayerFrom11To14(T("2022-11-20T00:00:00+08:00"));
        var evaluator = new Evaluator(cut, new PolicyOptions());

        Assert.All(
            new[] { "2022-11-12T00:00:00+08:00", "2022-11-20T00:00:00+08:00", "2022-11-25T00:00:00+08:00" },
            at => Assert.False(HeldByStay(evaluator.Decide(Resident, Trip, T(at)).Value!)));
        Assert.DoesNotContain(cut.ClausesInForceAt(T("2022-11-20T00:00:00+08:00")), c => c.Id == StayId);
    }

    [Fact]
    public void TheSameClause_InTwoPeriodsWithAGap_IsOutOfForceInTheGap()
    {
        var gapEnds = Amended + Duration.FromDays(1);
        var evaluator = new Evaluator(Versions((original, layer) => layer.Add(original, Start, Amended).Add(original, gapEnds)), new PolicyOptions());

        Assert.True(HeldByStay(evaluator.Decide(Resident, Trip, Amended - Duration.Epsilon).Value!));
        Assert.False(HeldByStay(evaluator.Decide(Resident, Trip, Amended).Value!));
        Assert.False(HeldByStay(evaluator.Decide(Resident, Trip, gapEnds - Duration.Epsilon).Value!));
        var back = evaluator.Decide(Resident, Trip, gapEnds).Value!;
        Assert.True(HeldByStay(back));
        Assert.Equal(gapEnds, evaluator.Decide(Resident, Trip, Amended).Value!.ValidUntil);
    }

    [Fact]
    public void VersionsThatMeetExactly_AreAccepted_AndOnesThatOverlapByANanosecond_AreNot()
    {
        Assert.NotNull(Versions((original, layer) => layer.Add(original, Start, Amended).Add(new Lifted(original), Amended)));

        var overlap = Assert.Throws<ArgumentException>(() => Versions((original, layer) => layer.Add(original, Start, Amended + Duration.Epsilon).Add(new Lifted(original), Amended)));
        Assert.Contains($"Two clauses have the id '{StayId}' in layer 'beibei', in force [2022-11-09T16:00:00Z, 2022-11-14T16:00:00.000000001Z), then [2022-11-14T16:00:00Z, no end)", overlap.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> Refused => ["out of order", "the first without an end", "the later without a start", "another layer", "another layer, after a clause of its own"];

    [Theory]
    [MemberData(nameof(Refused))]
    public void VersionsThatOverlapOrComeOutOfOrder_AreRefusedWhenThePolicyIsBuilt(string how)
    {
        var message = how switch
        {
            "out of order" => Refusal((original, layer) => layer.Add(new Lifted(original), Amended).Add(original, Start, Amended)),
            "the first without an end" => Refusal((original, layer) => layer.Add(original).Add(new Lifted(original), Amended)),
            "the later without a start" => Refusal((original, layer) => layer.Add(original, Start, Amended).Add(new Lifted(original))),
            "another layer, after a clause of its own" => Assert.Throws<ArgumentException>(() => Policy.Chongqing2022.WithLayer(
                Layer.Create("again", ["AGAIN"]).Add(new Lifted(Policy.Chongqing2022.FindClause(StayId)!, "AGAIN", "example.again"))
                    .Add(new Lifted(Policy.Chongqing2022.FindClause(StayId)!, "AGAIN"), Amended))).Message,
            _ => Assert.Throws<ArgumentException>(() => Policy.Chongqing2022.WithLayer(
                Layer.Create("again", ["AGAIN"]).Add(new Lifted(Policy.Chongqing2022.FindClause(StayId)!, "AGAIN"), Amended))).Message,
        };

        Assert.Contains(how.StartsWith("another layer", StringComparison.Ordinal) ? "versions of one clause must be in one layer" : "overlap or come out of order", message, StringComparison.Ordinal);

        static string Refusal(Func<Clause, Layer, Layer> versions) => Assert.Throws<ArgumentException>(() => Versions(versions)).Message;
    }

    [Fact]
    public void ALaterVersionAfterOtherClauses_IsComparedWithTheVersionBeforeIt_FirstInItsLayer()
    {
        // Stay-in-district is the first of Beibei's clauses; a second version added with Layer.Add(clause) goes to the end,
        // after the others, and overlaps the first (it has no start).
        var dated = Versions((original, layer) => layer.Add(original, Start, Amended));
        var stay = dated.Layers[1].Clauses[0];
        var error = Assert.Throws<ArgumentException>(() => Policy.Create(
            dated.Id, dated.Version, dated.Period, dated.Regions, dated.Days, [dated.Layers[0], dated.Layers[1].Add(new Lifted(stay))], dated.NotEvaluable, dated.Proof));

        Assert.Equal(StayId, stay.Id);
        Assert.Contains($"Two clauses have the id '{StayId}' in layer 'beibei', in force [2022-11-09T16:00:00Z, 2022-11-14T16:00:00Z), then [always, no end)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void AVersionPeriod_ThatDoesNotEndAfterItStarts_IsAnError(long nanoseconds)
    {
        var layer = Layer.Create("example", ["EX"]);
        var clause = Policy.Chongqing2022.FindClause(StayId)!;

        var error = Assert.Throws<ArgumentException>(() => layer.Add(clause, Amended, Amended + Duration.FromNanoseconds(nanoseconds)));
        Assert.Contains("a period ends after it starts", error.Message, StringComparison.Ordinal);
        Assert.Equal(new Interval(Amended, Amended + Duration.Epsilon), layer.Add(clause, Amended, Amended + Duration.Epsilon).ClausePeriods.Single());
        Assert.Equal(new Interval(null, null), layer.Add(clause).ClausePeriods.Single());
    }

    [Fact]
    public void TheVersionsPeriods_AreInTheDigest()
    {
        Policy Split(Instant at) => Versions((original, layer) => layer.Add(original, Start, at).Add(new Lifted(original), at));
        var digest = new Evaluator(Split(Amended), new PolicyOptions()).Identity.Digest;

        Assert.Equal(digest, new Evaluator(Split(Amended), new PolicyOptions()).Identity.Digest);
        Assert.NotEqual(digest, new Evaluator(Split(Amended + Duration.Epsilon), new PolicyOptions()).Identity.Digest);
        Assert.NotEqual(
            new Evaluator(Versions((original, layer) => layer.Add(original)), new PolicyOptions()).Identity.Digest,
            new Evaluator(Versions((original, layer) => layer.Add(original, Start)), new PolicyOptions()).Identity.Digest);
    }

    /// <summary>The clause as amended: lifted, it writes nothing.</summary>
    private sealed class Lifted(Clause original, string? source = null, string? id = null) : Clause
    {
        public override string Id => id ?? original.Id;

        public override Citation Citation { get; } = original.Citation with { Sources = [source ?? original.Citation.Sources[0]], Paragraph = "(an example amendment)" };

        public override Reach Reach => original.Reach;

        protected internal override void Evaluate(ClauseContext context, Outcomes outcome)
        {
        }
    }

    /// <summary>The clause as amended: restated, it denies every trip it reaches, citing the amendment.</summary>
    private sealed class Restated(Clause original) : Clause
    {
        public const string Paragraph = "(an example restatement)";

        public override string Id => original.Id;

        public override Citation Citation { get; } = original.Citation with { Paragraph = Paragraph };

        public override Reach Reach => original.Reach;

        public override Reach Decides => original.Decides;

        protected internal override void Evaluate(ClauseContext context, Outcomes outcome)
        {
            if (context.IsTripAway)
            {
                outcome.Denies();
            }
        }
    }
}
