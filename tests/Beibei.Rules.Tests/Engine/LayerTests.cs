using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using NodaTime;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Engine;

/// <summary>Policies built from layers on the public API, and a clause written as a consumer writes one.</summary>
public class LayerTests
{
    private static readonly PersonFacts Resident = new()
    {
        Region = "hechuan",
        Tests = [TestRecord.Negative(T("2022-11-15T08:00:00+08:00"), T("2022-11-15T12:00:00+08:00"))],
    };

    private static readonly Question Market = new EnterPublicPlace("hechuan", PlaceKind.Market);

    private static Policy WithCurfew(string layerId = "example") =>
        Policy.Chongqing2022.WithLayer(Layer.Create(layerId, [Curfew.Source]).Add(new Curfew()), "example-policy", "1");

    [Fact]
    public void Chongqing2022_IsTheCityLayerThenTheDistrictLayer()
    {
        var policy = Policy.Chongqing2022;

        Assert.Equal(["chongqing", "beibei"], policy.Layers.Select(l => l.Id));
        Assert.Equal(policy.Layers.SelectMany(l => l.Clauses), policy.Clauses);
        Assert.Equal("chongqing", policy.LayerOf("cq.land-and-test")?.Id);
        Assert.Equal("beibei", policy.LayerOf("beibei.stay-in-district")?.Id);
        Assert.Null(policy.LayerOf("cq.nothing"));
        Assert.All(policy.Clauses, c => Assert.Contains(c.Citation.Sources[0], policy.LayerOf(c.Id)!.Sources));
    }

    [Fact]
    public void WithLayer_LeavesThePolicyItWasBuiltOnAsItWas()
    {
        var extended = WithCurfew();

        Assert.Equal(18, extended.Clauses.Count);
        Assert.Equal(17, Policy.Chongqing2022.Clauses.Count);
        Assert.Equal(("example-policy", "1"), (extended.Id, extended.Version));
        Assert.Equal(Curfew.ClauseId, extended.Clauses[^1].Id);
    }

    [Fact]
    public void ThePolicyBuiltTwice_HasTheSameDigest_AndAnotherLayerIdChangesIt()
    {
        var first = new Evaluator(WithCurfew(), new PolicyOptions()).Identity;
        var second = new Evaluator(WithCurfew(), new PolicyOptions()).Identity;
        var renamed = new Evaluator(WithCurfew("another"), new PolicyOptions()).Identity;

        Assert.Equal(first, second);
        Assert.NotEqual(first.Digest, renamed.Digest);
        Assert.NotEqual(first.Digest, new Evaluator(Policy.Chongqing2022, new PolicyOptions()).Identity.Digest);
    }

    [Theory]
    [InlineData("2022-11-15T19:59:59.999999999+08:00", Verdict.Allowed)]
    [InlineData("2022-11-15T20:00:00+08:00", Verdict.Denied)]
    [InlineData("2022-11-15T23:59:59.999999999+08:00", Verdict.Denied)]
    [InlineData("2022-11-16T00:00:00+08:00", Verdict.Allowed)]
    public void AConsumersClause_DecidesAtItsBoundaries(string at, Verdict expected)
    {
        var decision = new Evaluator(WithCurfew(), new PolicyOptions()).Decide(Resident, Market, T(at)).Value!;

        Assert.Equal(expected, decision.Verdict);
        Assert.Equal(expected == Verdict.Denied, decision.Reasons.Any(r => r.ClauseId == Curfew.ClauseId));
    }

    [Fact]
    public void AConsumersClause_GivesConditionRemedyAndValidUntil_AsABuiltInOneDoes()
    {
        var evaluator = new Evaluator(WithCurfew(), new PolicyOptions());

        var open = evaluator.Decide(Resident, Market, T("2022-11-15T19:00:00+08:00")).Value!;
        var closed = evaluator.Decide(Resident, Market, T("2022-11-15T20:00:00+08:00")).Value!;

        Assert.Equal(T("2022-11-15T20:00:00+08:00"), open.ValidUntil);
        Assert.False(open.ValidUntilIncluded);
        var reason = Assert.Single(closed.Reasons);
        var condition = Assert.Single(reason.Conditions);
        Assert.Equal((Curfew.Condition, false), (condition.Id, condition.Met));
        Assert.Equal(new ValueFact("closes", "20:00"), condition.Fact);
        var remedy = Assert.Single(closed.Remedies);
        Assert.Equal((RemedyKind.Wait, T("2022-11-16T00:00:00+08:00"), Curfew.Condition), (remedy.Kind, remedy.Earliest, remedy.Condition));
        Assert.Equal(T("2022-11-16T00:00:00+08:00"), closed.ValidUntil);
        Assert.Equal("example-policy", closed.Policy?.Id);
    }

    [Fact]
    public void AConsumersClause_CrossesItsChangePointsInATimeline()
    {
        var timeline = new Evaluator(WithCurfew(), new PolicyOptions())
            .Timeline(Resident, Market, T("2022-11-15T18:00:00+08:00"), T("2022-11-16T06:00:00+08:00")).Value!;

        Assert.Equal(
            [(Verdict.Allowed, T("2022-11-15T18:00:00+08:00")), (Verdict.Denied, T("2022-11-15T20:00:00+08:00")), (Verdict.Allowed, T("2022-11-16T00:00:00+08:00"))],
            timeline.Segments.Select(s => (s.Verdict, s.From)));
    }

    public static TheoryData<string, Func<Policy>> BadPolicies => new()
    {
        { "Two layers have the id 'chongqing'", () => Policy.Chongqing2022.WithLayer(Layer.Create("chongqing", [Curfew.Source]).Add(new Curfew())) },
        { "Two clauses have the id 'example.curfew'", () => Policy.Chongqing2022.WithLayer(Layer.Create("example", [Curfew.Source]).Add(new Curfew()).Add(new Curfew())) },
        { "must cite first a source of its layer 'example' (CQ-136)", () => Policy.Chongqing2022.WithLayer(Layer.Create("example", ["CQ-136"]).Add(new Curfew())) },
        { "at least one layer", () => Policy.Create("p", "1", Policy.Chongqing2022.Period, Policy.Chongqing2022.Regions, Policy.Chongqing2022.Days, []) },
        { "has the id of a clause", () => Policy.Create("p", "1", Policy.Chongqing2022.Period, Policy.Chongqing2022.Regions, Policy.Chongqing2022.Days, Policy.Chongqing2022.Layers, [new NotEvaluableClause("cq.land-and-test", Policy.Chongqing2022.Period, new LocalizedText("x", "x"))]) },
        { "at most 32 clauses; this one has 33", () => WithClauses(16) },
    };

    [Theory]
    [MemberData(nameof(BadPolicies))]
    public void ABadPolicy_IsAnErrorWhenBuilt(string message, Func<Policy> build)
        => Samples.AssertRefusedWhenBuilt(message, build);

    [Fact]
    public void ThirtyTwoClauses_AreTheMostAPolicyHolds_AndBuild()
    {
        var policy = WithClauses(15);

        Assert.Equal(32, policy.Clauses.Count);
        Assert.True(new Evaluator(policy, new PolicyOptions()).Decide(Resident, Market, T("2022-11-15T20:00:00+08:00")).Value!.Verdict == Verdict.Denied);
    }

    [Fact]
    public void ALayer_NeedsAnIdAndASource()
    {
        Assert.ThrowsAny<ArgumentException>(() => Layer.Create(" ", ["X"]));
        Assert.ThrowsAny<ArgumentException>(() => Layer.Create("x", []));
        Assert.Throws<ArgumentNullException>(() => Layer.Create("x", ["X"]).Add(null!));
    }

    private static Policy WithClauses(int extra) => Enumerable.Range(0, extra)
        .Aggregate(Policy.Chongqing2022, (p, i) => p.WithLayer(Layer.Create($"l{i}", [Curfew.Source]).Add(new Curfew($"example.curfew-{i}"))));

    /// <summary>Markets in Hechuan close from 20:00 to midnight: an example written on the public API only.</summary>
    private sealed class Curfew(string id = Curfew.ClauseId) : Clause
    {
        public const string ClauseId = "example.curfew";
        public const string Condition = "before-closing";
        public const string Source = "EXAMPLE";

        public override string Id => id;

        public override Citation Citation { get; } = new([Source], "EXAMPLE 1", "(an example)", new LocalizedText("An example.", "示例。"));

        public override IReadOnlyList<string> ConditionIds => [Condition];

        // protected internal only because this test assembly sees the internals; tests/Extension writes protected.
        protected internal override void Evaluate(ClauseContext context, Outcomes outcome)
        {
            if (context.Question is not EnterPublicPlace { Kind: PlaceKind.Market } || context.PlaceRegion?.Id != "hechuan")
            {
                return;
            }

            var closes = context.Midnight + Duration.FromHours(20);
            var reopens = context.Days.AddDays(context.Midnight, 1);
            var open = context.At < closes;
            outcome.Condition(Condition, open, new ValueFact("closes", "20:00"));
            if (open)
            {
                outcome.Silent().ChangesAt(closes);
            }
            else
            {
                outcome.Denies().ChangesAt(reopens).Add(RemedyKind.Wait, reopens, Condition);
            }
        }
    }
}
