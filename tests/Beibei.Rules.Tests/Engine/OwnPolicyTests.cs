using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Engine;

/// <summary>A policy of its own, with none of Chongqing's regions or clauses: its region table, a city layer, a district
/// layer that governs one region and scopes its clause with <see cref="Situation.ToGoverned"/>, and a proof rule.</summary>
public class OwnPolicyTests
{
    private const string Source = "EXAMPLE-CITY";
    private const string DistrictSource = "EXAMPLE-DISTRICT";

    private static readonly LocalDays Days = new(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);

    private static readonly Instant Noon = T("2022-11-15T12:00:00+08:00");

    internal static Policy Build(ProofRule? proof = null, Func<Layer, RegionTable, Layer>? district = null)
    {
        var regions = RegionTable.Create(
        [
            new Region("north", "North", Zone.Central, ["N"]),
            new Region("south", "South", Zone.Central),
            new Region("hills", "Hills", Zone.Other, gbCode: "900001"),
            new Region("abroad", "Abroad", Zone.Outside),
        ]);
        var city = Layer.Create("example-city", [Source]).Add(new NeedsProof());
        var districtLayer = Layer.Create("example-district", [DistrictSource]).Governing([regions["hills"]]).Add(new NoVisitors());
        return Policy.Create(
            "example-2022",
            "1",
            new Citation([Source], "EX 0", "(an example)", new LocalizedText("Not in force.", "不在有效期内。")),
            regions,
            Days,
            [city, (district ?? ((l, _) => l))(districtLayer, regions)],
            proof: proof);
    }

    private static PersonFacts Person(string region, params TestRecord[] tests) => new() { Region = region, Tests = tests };

    private static Verdict VerdictOf(Policy policy, PersonFacts person, Question question) =>
        new Evaluator(policy, new PolicyOptions()).Decide(person, question, Noon).Value!.Verdict;

    [Theory]
    [InlineData("north", "hills", Verdict.Denied)]
    [InlineData("south", "hills", Verdict.Denied)]
    [InlineData("north", "south", Verdict.Allowed)]
    [InlineData("hills", "north", Verdict.Allowed)]
    [InlineData("north", "abroad", Verdict.Allowed)]
    public void TheDistrictsClause_ReachesTripsIntoTheRegionItsLayerGoverns_Only(string home, string to, Verdict expected)
    {
        var decision = new Evaluator(Build(), new PolicyOptions()).Decide(Person(home), new Travel(to, Purpose.Essential), Noon).Value!;

        Assert.Equal(expected, decision.Verdict);
        Assert.Equal(expected == Verdict.Denied, decision.Reasons.Any(r => r.ClauseId == NoVisitors.ClauseId));
    }

    [Fact]
    public void TheEngine_NeverCallsAClauseOutsideItsReach_InAnyPass()
    {
        var seen = new System.Collections.Concurrent.ConcurrentBag<(string Home, string? To, Type Question)>();
        var policy = Build(district: (l, _) => l.Add(new Watching(seen)));
        var evaluator = new Evaluator(policy, new PolicyOptions());
        Question[] questions = [new EnterPublicPlace(), new LeaveHome(Purpose.Essential), .. policy.Regions.All.Select(r => new Travel(r.Id, Purpose.Essential))];

        foreach (var home in policy.Regions.All)
        {
            foreach (var question in questions)
            {
                Assert.True(evaluator.Decide(Person(home.Id), question, Noon).IsValid);
                Assert.True(evaluator.TryDecideVerdict(Person(home.Id), question, Noon, out _));
                Assert.True(evaluator.Timeline(Person(home.Id), question, Noon, Noon + Duration.FromDays(1)).IsValid);
            }
        }

        Assert.NotEmpty(seen);
        Assert.All(seen, call => Assert.Equal((typeof(Travel), "hills"), (call.Question, call.To)));
        Assert.Contains(seen, call => call.Home == "north");
        Assert.Contains(seen, call => call.Home == "hills");
    }

    [Theory]
    [InlineData("yuzhong")]
    [InlineData("beibei")]
    [InlineData("nowhere")]
    public void ARegionOutsideThePolicysTable_IsUnknown_ChongqingsToo(string region)
    {
        var result = new Evaluator(Build(), new PolicyOptions()).Decide(Person(region), new EnterPublicPlace(), Noon);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => (e.Code, e.Field) == (ErrorCodes.RegionUnknown, "person.region"));
    }

    [Fact]
    public void TheTablesAliases_NameItsRegions()
    {
        var regions = Build().Regions;

        Assert.Same(regions["north"], regions["N"]);
        Assert.Same(regions["hills"], regions[" 900001 "]);
        Assert.Same(regions["south"], regions["SOUTH"]);
        Assert.True(regions.Contains(regions["abroad"]));
        Assert.False(regions.Contains(Rules.Policies.Chongqing2022.Chongqing2022Regions.Beibei));
        Assert.Throws<ArgumentException>(() => regions["beibei"]);
    }

    [Theory]
    [InlineData("north", "hills", true)]
    [InlineData("north", "south", false)]
    [InlineData("hills", null, true)]
    [InlineData("south", null, false)]
    public void APlaceClause_ReachesThePlacesInTheRegionItsLayerGoverns_Only(string home, string? place, bool closed)
    {
        var policy = Build(district: (l, _) => l.Add(new ClosedPlaces()));
        var decision = new Evaluator(policy, new PolicyOptions()).Decide(Person(home), new EnterPublicPlace(place), Noon).Value!;

        Assert.Equal(closed, decision.Reasons.Any(r => r.ClauseId == ClosedPlaces.ClauseId));
    }

    [Fact]
    public void IdsNoOnePositionTellsApart_AreFoundAllTheSame()
    {
        // "ab", "ac" and "bb" share a character at each position; "é" is not ASCII: the table's dictionary finds them.
        var regions = RegionTable.Create([new Region("ab", "AB", Zone.Central), new Region("ac", "AC", Zone.Other), new Region("bb", "BB", Zone.Other), new Region("é", "E", Zone.Outside)]);

        Assert.All(regions.All, r => Assert.Same(r, regions[r.Id]));
        Assert.Same(regions["ac"], regions["AC"]);
        Assert.False(regions.IsKnown("ba"));
        Assert.False(regions.IsKnown("abc"));
        Assert.False(regions.IsKnown(string.Empty));
        Assert.False(regions.IsKnown(null));
    }

    [Fact]
    public void WithoutAProofRule_NoProofIsFound_AndWithOneItIsTheRulesUntilItExpires()
    {
        var person = Person("north", TestRecord.Negative(Noon - Duration.FromHours(2), Noon - Duration.FromHours(1)));
        var place = new EnterPublicPlace();
        ProofRule anyNegative = (tests, at, options, out proof) =>
        {
            for (var i = tests.Length - 1; i >= 0; i--)
            {
                if (tests[i].Result == TestResult.Negative && at <= tests[i].Sampled + Duration.FromHours(3))
                {
                    proof = new ProofFound(i, tests[i].Sampled, tests[i].Sampled + Duration.FromHours(3));
                    return true;
                }
            }

            proof = default;
            return false;
        };

        Assert.Equal(Verdict.Denied, VerdictOf(Build(), person, place));
        var evaluator = new Evaluator(Build(anyNegative), new PolicyOptions());
        var decision = evaluator.Decide(person, place, Noon).Value!;
        Assert.Equal(Verdict.Allowed, decision.Verdict);
        Assert.Equal(Noon + Duration.FromHours(1), decision.ValidUntil);
        Assert.True(decision.ValidUntilIncluded);
        Assert.Equal(Verdict.Allowed, evaluator.Decide(person, place, Noon + Duration.FromHours(1)).Value!.Verdict);
        Assert.Equal(Verdict.Denied, evaluator.Decide(person, place, Noon + Duration.FromHours(1) + Duration.Epsilon).Value!.Verdict);
    }

    [Fact]
    public void AProofRuleThatFindsNone_GivesNoProof_WhateverItWrote()
    {
        var person = Person("north", TestRecord.Negative(Noon - Duration.FromHours(2), Noon - Duration.FromHours(1)));
        ProofRule refuses = (tests, at, options, out proof) =>
        {
            proof = new ProofFound(0, tests[0].Sampled, at + Duration.FromDays(1));
            return false;
        };

        var evaluator = new Evaluator(Build(refuses), new PolicyOptions());
        Assert.True(evaluator.TryDecideVerdict(person, new EnterPublicPlace(), Noon, out var verdict));
        Assert.Equal(Verdict.Denied, verdict);
        Assert.Equal(Verdict.Denied, evaluator.Decide(person, new EnterPublicPlace(), Noon).Value!.Verdict);
    }

    [Fact]
    public void AHostChoosesThePolicy_ThroughDependencyInjection()
    {
        var policy = Build();
        var services = new ServiceCollection().AddSingleton<IClock>(new FakeClock(Noon));

        services.AddBeibeiRules(policy, o => o.ProofWindow = Duration.FromHours(24));
        using var provider = services.BuildServiceProvider();
        var rules = provider.GetRequiredService<IRulesService>();

        Assert.Same(policy, rules.Policy);
        Assert.Same(policy, provider.GetRequiredService<Policy>());
        Assert.Equal(Duration.FromHours(24), rules.Options.ProofWindow);
        Assert.Equal(Verdict.Denied, rules.DecideNow(Person("north"), new Travel("hills", Purpose.Essential)).Value!.Verdict);
        Assert.Equal("example-2022", rules.DecideNow(Person("north"), new EnterPublicPlace()).Value!.Policy?.Id);
    }

    [Fact]
    public void TheDefaultRegistration_IsChongqing2022()
    {
        using var provider = new ServiceCollection().AddBeibeiRules().BuildServiceProvider();

        Assert.Same(Policy.Chongqing2022, provider.GetRequiredService<IRulesService>().Policy);
    }

    [Fact]
    public void TheGovernedRegions_AreInTheDigest()
    {
        var hills = new Evaluator(Build(), new PolicyOptions()).Identity.Digest;
        var south = new Evaluator(Build(district: (l, regions) => l.Governing([regions["south"]])), new PolicyOptions());

        Assert.Equal(hills, new Evaluator(Build(), new PolicyOptions()).Identity.Digest);
        Assert.NotEqual(hills, south.Identity.Digest);
    }

    public static TheoryData<string, Func<Policy>> BadPolicies => new()
    {
        { "governs 'beibei', which is not a region of the policy's table", () => Build(district: (l, _) => l.Governing([Rules.Policies.Chongqing2022.Chongqing2022Regions.Beibei])) },
        { "At most 3 layers of a policy can name the regions they govern", () => ManyDistricts(4) },
        { "states its reach with bits that are not of Situation", () => Build(district: (l, _) => l.Add(new Stray())) },
        { "states its reach with bits that are not of Situation", () => Build(district: (l, _) => l.Add(new Stray(Reach.When(Situation.Travel, Situation.Gathering | (Situation)(1 << 22))))) },
        { "states its reach with bits that are not of Situation", () => Build(district: (l, _) => l.Add(new Stray(Reach.When(Situation.Travel), Reach.When(Situation.Travel | (Situation)(1 << 22))))) },
        { "decides where it does not reach", () => Build(district: (l, _) => l.Add(new Stray(Reach.When(Situation.Travel), Reach.When(Situation.Gathering)))) },
        { "decides where it does not reach", () => Build(district: (l, _) => l.Add(new Stray(Reach.Nowhere, Reach.When(Situation.Travel)))) },
        { "decides where it does not reach", () => Build(district: (l, _) => l.Add(new Stray(Reach.When(Situation.Travel | Situation.ToGoverned), Reach.When(Situation.Travel)))) },
    };

    [Theory]
    [MemberData(nameof(BadPolicies))]
    public void ABadPolicy_IsAnErrorWhenBuilt(string message, Func<Policy> build)
        => Samples.AssertRefusedWhenBuilt(message, build);

    [Fact]
    public void ThreeDistrictLayers_AreTheMost_AndEachGovernsItsOwn()
    {
        var policy = ManyDistricts(3);

        Assert.Equal(Verdict.Denied, VerdictOf(policy, Person("north"), new Travel("hills", Purpose.Essential)));
        Assert.Equal(Verdict.Allowed, VerdictOf(policy, Person("hills"), new Travel("south", Purpose.Essential)));
    }

    [Theory]
    [InlineData("north", "hills", NoVisitors.ClauseId)]
    [InlineData("north", "south", "example.no-visitors-south")]
    [InlineData("hills", "south", "example.no-visitors-south")]
    [InlineData("south", "hills", NoVisitors.ClauseId)]
    [InlineData("south", "north", null)]
    public void ASecondDistrictLayer_GovernsItsOwnRegion_AndTheFirstKeepsItsOwn(string home, string to, string? denying)
    {
        var first = Build();
        var policy = first.WithLayer(Layer.Create("example-district-south", [DistrictSource]).Governing([first.Regions["south"]]).Add(new NoVisitors("example.no-visitors-south")));

        var decision = new Evaluator(policy, new PolicyOptions()).Decide(Person(home), new Travel(to, Purpose.Essential), Noon).Value!;

        Assert.Equal(denying is null ? Verdict.Allowed : Verdict.Denied, decision.Verdict);
        if (denying is not null)
        {
            Assert.Equal([denying], decision.Reasons.Select(r => r.ClauseId));
        }
    }

    public static TheoryData<string, Func<RegionTable>> BadTables => new()
    {
        { "at least one region", () => RegionTable.Create([]) },
        { "cannot hold a null region", () => RegionTable.Create([null!]) },
        { "are both named 'n'", () => RegionTable.Create([new Region("north", "North", Zone.Central, ["N"]), new Region("n", "Other", Zone.Other)]) },
        { "is already in a region table", () => RegionTable.Create([.. Build().Regions.All]) },
        { "is already in a region table", () => RegionTable.Create([.. Enumerable.Repeat(new Region("one", "One", Zone.Other), 2)]) },
    };

    [Theory]
    [MemberData(nameof(BadTables))]
    public void ABadRegionTable_IsAnErrorWhenBuilt(string message, Func<RegionTable> build)
        => Samples.AssertRefusedWhenBuilt(message, build);

    [Theory]
    [InlineData("", "Name")]
    [InlineData(" north", "North")]
    [InlineData("north", " ")]
    public void ARegion_NeedsAnIdAndANameWithoutSurroundingWhiteSpace(string id, string name) =>
        Assert.ThrowsAny<ArgumentException>(() => new Region(id, name, Zone.Other));

    [Fact]
    public void ARegion_NeedsADefinedZone_AndJoinsOneTableOnly()
    {
        var zone = Assert.Throws<ArgumentException>(() => new Region("x", "X", (Zone)99));
        Assert.Equal("zone", zone.ParamName);
        Assert.StartsWith("'99' is not a zone.", zone.Message, StringComparison.Ordinal);
        var blank = Assert.Throws<ArgumentException>(() => new Region(" x", "X", Zone.Other));
        Assert.StartsWith("A region's id, names and code are not empty and have no surrounding white space.", blank.Message, StringComparison.Ordinal);

        var shared = new Region("shared", "Shared", Zone.Other);
        RegionTable.Create([shared]);
        var twice = Assert.Throws<ArgumentException>(() => RegionTable.Create([shared]));
        Assert.Equal("regions", twice.ParamName);
        Assert.StartsWith("The region 'shared' is already in a region table.", twice.Message, StringComparison.Ordinal);
    }

    private static Policy ManyDistricts(int count)
    {
        var policy = Build();
        for (var i = 0; i < count - 1; i++)
        {
            policy = policy.WithLayer(Layer.Create($"example-district-{i}", [DistrictSource]).Governing([policy.Regions["hills"]]));
        }

        return policy;
    }

    /// <summary>Permits a public place with a proof, and denies it without one.</summary>
    [Fact]
    public async Task OneThread_AlternatingBetweenPoliciesOfDifferentSizes_DecidesEachAsAlone_AndAllocatesNothingForAVerdict()
    {
        var own = new Evaluator(Build(), new PolicyOptions());
        var chongqing = new Evaluator(Policy.Chongqing2022, new PolicyOptions());
        var ownPerson = Person("north");
        var ownTrip = new Travel("hills", Purpose.Essential);
        var cqPerson = new PersonFacts { Region = "jiangbei", Tests = [new TestRecord(T("2022-11-15T08:00:00+08:00"), TestResult.Negative, T("2022-11-15T10:00:00+08:00"))] };
        var cqTrip = new Travel("fuling", Purpose.Essential);
        var ownAlone = own.Decide(ownPerson, ownTrip, Noon).Value!;
        var cqAlone = chongqing.Decide(cqPerson, cqTrip, Noon).Value!;
        Assert.NotEqual(Policy.Chongqing2022.Clauses.Count, Build().Clauses.Count);

        // A thread of its own, so that its workspace is first built for the smaller policy.
        long allocated = -1;
        var alone = Task.Factory.StartNew(
            () =>
        {
            for (var i = 0; i < 3; i++)
            {
                Assert.Equal(ownAlone.Verdict, own.Decide(ownPerson, ownTrip, Noon).Value!.Verdict);
                Assert.Equal(cqAlone.Reasons.Select(r => r.ClauseId), chongqing.Decide(cqPerson, cqTrip, Noon).Value!.Reasons.Select(r => r.ClauseId));
                Assert.Equal(ownAlone.Reasons.Select(r => r.ClauseId), own.Decide(ownPerson, ownTrip, Noon).Value!.Reasons.Select(r => r.ClauseId));
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 100; i++)
            {
                own.TryDecideVerdict(ownPerson, ownTrip, Noon, out _);
                chongqing.TryDecideVerdict(cqPerson, cqTrip, Noon, out _);
            }

            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        await alone;

        // A workspace built per decision is several kilobytes; 200 of them would be hundreds of kilobytes.
        Assert.InRange(allocated, 0, 1024);
    }

    private sealed class NeedsProof : Clause
    {
        public override string Id => "example.needs-proof";

        public override Citation Citation { get; } = new([Source], "EX 1", "(an example)", new LocalizedText("An example.", "示例。"));

        public override Reach Reach => Reach.When(Situation.EnterPublicPlace);

        protected internal override void Evaluate(ClauseContext context, Outcomes outcome)
        {
            if (context.Question is not EnterPublicPlace)
            {
                return;
            }

            ref readonly var proof = ref context.Proof;
            if (proof.IsFound)
            {
                outcome.Permits(proof).ChangesAfter(proof.Expires);
            }
            else
            {
                outcome.Denies();
            }
        }
    }

    /// <summary>Denies every trip into the district, as far as its reach says, with no test of its own (under another id
    /// for a second district).</summary>
    private sealed class NoVisitors(string id = NoVisitors.ClauseId) : Clause
    {
        public const string ClauseId = "example.no-visitors";

        public override string Id => id;

        public override Citation Citation { get; } = new([DistrictSource], "EX 2", "(an example)", new LocalizedText("An example.", "示例。"));

        public override Reach Reach => Reach.When(Situation.Travel | Situation.ToGoverned);

        protected internal override void Evaluate(ClauseContext context, Outcomes outcome)
        {
            if (context.IsTripAway)
            {
                outcome.Denies();
            }
        }
    }

    /// <summary>Closes every public place in the district, as far as its reach says, with no test of its own.</summary>
    private sealed class ClosedPlaces : Clause
    {
        public const string ClauseId = "example.closed-places";

        public override string Id => ClauseId;

        public override Citation Citation { get; } = new([DistrictSource], "EX 5", "(an example)", new LocalizedText("An example.", "示例。"));

        public override Reach Reach => Reach.When(Situation.EnterPublicPlace | Situation.PlaceGoverned);

        protected internal override void Evaluate(ClauseContext context, Outcomes outcome) => outcome.Denies();
    }

    /// <summary>Writes nothing, and notes where it was called: only on trips into the district.</summary>
    private sealed class Watching(System.Collections.Concurrent.ConcurrentBag<(string Home, string? To, Type Question)> seen) : Clause
    {
        public override string Id => "example.watching";

        public override Citation Citation { get; } = new([DistrictSource], "EX 4", "(an example)", new LocalizedText("An example.", "示例。"));

        public override Reach Reach => Reach.When(Situation.Travel | Situation.ToGoverned);

        protected internal override void Evaluate(ClauseContext context, Outcomes outcome) =>
            seen.Add((context.Region.Id, context.Destination?.Id, context.Question.GetType()));
    }

    /// <summary>States a reach with a bit beyond those of <see cref="Situation"/>.</summary>
    private sealed class Stray(Reach? reach = null, Reach? decides = null) : Clause
    {
        public override string Id => "example.stray";

        public override Citation Citation { get; } = new([DistrictSource], "EX 3", "(an example)", new LocalizedText("An example.", "示例。"));

        public override Reach Reach => reach ?? Reach.When((Situation)(1 << 22));

        public override Reach Decides => decides ?? Reach;

        protected internal override void Evaluate(ClauseContext context, Outcomes outcome)
        {
        }
    }
}
