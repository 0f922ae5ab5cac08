using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using NodaTime;

namespace Beibei.Rules.Tests.Engine;

/// <summary>The authoring API refuses a missing argument where it is given, with the argument's name, and a bad policy
/// with a message that says what is wrong.</summary>
public class PolicyBuildGuardTests
{
    private const string Source = "EXAMPLE";

    private static readonly Citation Cited = new([Source], "EX 1", "(an example)", new LocalizedText("An example.", "示例。"));

    private static readonly LocalDays Days = new(NodaTime.DateTimeZoneProviders.Tzdb["Europe/Berlin"]);

    private static readonly RegionTable Regions = RegionTable.Create([new Region("north", "North", Zone.Central), new Region("south", "South", Zone.Other)]);

    private static readonly PolicyParameter<int> Closing = PolicyParameter.Define("closing-hour", PolicyParameterKind.Count, 20, null, v => v is >= 0 and < 24, "closing-hour must be an hour of the day");

    public static TheoryData<string, Action> MissingArguments => new()
    {
        { "id", () => Rules.Engine.Layer.Create(null!, [Source]) },
        { "id", () => Rules.Engine.Layer.Create(" ", [Source]) },
        { "sources", () => Rules.Engine.Layer.Create("example", null!) },
        { "clause", () => Rules.Engine.Layer.Create("example", [Source]).Add(null!) },
        { "clause", () => Rules.Engine.Layer.Create("example", [Source]).Add(null!, Instant.FromUnixTimeSeconds(0)) },
        { "parameter", () => Rules.Engine.Layer.Create("example", [Source]).Declaring(null!) },
        { "parameter", () => Rules.Engine.Layer.Create("example", [Source]).WithParameterValue(null!, Instant.FromUnixTimeSeconds(0), 1) },
        { "parameter", () => Rules.Engine.Layer.Create("example", [Source]).WithParameterValue(" ", Instant.FromUnixTimeSeconds(0), 1) },
        { "value", () => Rules.Engine.Layer.Create("example", [Source]).WithParameterValue("proof-window", Instant.FromUnixTimeSeconds(0), null!) },
        { "regions", () => Rules.Engine.Layer.Create("example", [Source]).Governing(null!) },
        { "id", () => Policy.Create(null!, "1", Cited, Regions, Days, [ExampleLayer()]) },
        { "id", () => Policy.Create("", "1", Cited, Regions, Days, [ExampleLayer()]) },
        { "version", () => Policy.Create("example", null!, Cited, Regions, Days, [ExampleLayer()]) },
        { "version", () => Policy.Create("example", " ", Cited, Regions, Days, [ExampleLayer()]) },
        { "period", () => Policy.Create("example", "1", null!, Regions, Days, [ExampleLayer()]) },
        { "regions", () => Policy.Create("example", "1", Cited, null!, Days, [ExampleLayer()]) },
        { "days", () => Policy.Create("example", "1", Cited, Regions, null!, [ExampleLayer()]) },
        { "zone", () => new LocalDays(null!) },
        { "layers", () => Policy.Create("example", "1", Cited, Regions, Days, null!) },
        { "regions", () => RegionTable.Create(null!) },
        { "options", () => Closing.ValueIn(null!) },
        { "options", () => Closing.Format(null!) },
        { "options", () => Closing.TrySet(null!, 1) },
        { "options", () => Closing.GetValue(null!) },
        { "options", () => PolicyOptions.FindParameter("proof-window")!.Format(null!) },
        { "options", () => PolicyOptions.FindParameter("proof-window")!.TrySet(null!, Duration.Zero) },
        { "options", () => PolicyOptions.FindParameter("advice")!.Format(null!) },
        { "options", () => PolicyOptions.FindParameter("advice")!.TrySet(null!, "inform") },
        { "options", () => PolicyOptions.FindParameter("advice")!.GetValue(null!) },
        { "options", () => PolicyOptions.FindParameter("day-one")!.GetValue(null!) },
    };

    [Theory]
    [MemberData(nameof(MissingArguments))]
    public void AMissingArgument_IsRefusedWithItsName(string argument, Action call)
    {
        var error = Assert.ThrowsAny<ArgumentException>(call);

        Assert.Equal(argument, error.ParamName);
    }

    public static TheoryData<string, Func<object>> BadPolicies => new()
    {
        { "Layer 'example' needs at least one source, and no source id may be empty.", () => Rules.Engine.Layer.Create("example", []) },
        { "Layer 'example' needs at least one source, and no source id may be empty.", () => Rules.Engine.Layer.Create("example", [Source, " "]) },
        { "Layer 'example' must govern at least one region, and no region may be null.", () => ExampleLayer().Governing([]) },
        { "Layer 'example' must govern at least one region, and no region may be null.", () => ExampleLayer().Governing([Regions["north"], null!]) },
        { "A policy needs at least one layer, and no layer may be null.", () => Policy.Create("example", "1", Cited, Regions, Days, []) },
        { "A policy needs at least one layer, and no layer may be null.", () => Policy.Create("example", "1", Cited, Regions, Days, [ExampleLayer(), null!]) },
        { "Clause id 'policy.none-in-force' of layer 'example' is the engine's own", () => Policy.Create("example", "1", Cited, Regions, Days, [ExampleLayer().Add(new Quiet(Evaluator.NoneInForce, Cited))]) },
        { "has no id or no citation", () => Policy.Create("example", "1", Cited, Regions, Days, [ExampleLayer().Add(new Quiet(" ", Cited))]) },
        { "has no id or no citation", () => Policy.Create("example", "1", Cited, Regions, Days, [ExampleLayer().Add(new Quiet("example.no-citation", null!))]) },
        { "Clause 'example.elsewhere' must cite first a source of its layer 'example' (EXAMPLE).", () => Policy.Create("example", "1", Cited, Regions, Days, [ExampleLayer().Add(new Quiet("example.elsewhere", Cited with { Sources = ["OTHER", Source] }))]) },
        { "'west' is not a region of the table.", () => Regions["west"] },
    };

    [Theory]
    [MemberData(nameof(BadPolicies))]
    public void ABadPolicy_SaysWhatIsWrong(string message, Func<object> build) => Samples.AssertRefusedWhenBuilt(message, build);

    [Fact]
    public void TwoVersionsOfAClauseThatOverlap_AreNamedWithBothPeriods()
    {
        var start = Instant.FromUtc(2022, 11, 1, 0, 0);
        var layer = ExampleLayer().Add(new Quiet("example.dated", Cited), start, start + Duration.FromDays(2)).Add(new Quiet("example.dated", Cited), start + Duration.FromDays(1));

        var error = Assert.ThrowsAny<ArgumentException>(() => Policy.Create("example", "1", Cited, Regions, Days, [layer]));

        Assert.Contains("[2022-11-01T00:00:00Z, 2022-11-03T00:00:00Z), then [2022-11-02T00:00:00Z, no end)", error.Message, StringComparison.Ordinal);
        Assert.Equal("layers", error.ParamName);
    }

    [Fact]
    public void ARegionOfAnotherTable_IsNotContained_HoweverLargeItsIndex()
    {
        var larger = RegionTable.Create([new Region("a", "A", Zone.Other), new Region("b", "B", Zone.Other), new Region("c", "C", Zone.Other)]);

        Assert.False(Regions.Contains(larger["c"]));
        Assert.False(Regions.Contains(null));
        Assert.True(Regions.Contains(Regions["south"]));
    }

    [Fact]
    public void ALaterVersionOfAClause_TakesItsPlaceAfterTheVersionsBeforeIt_NotAtTheEnd()
    {
        var start = Instant.FromUtc(2022, 11, 1, 0, 0);
        var (second, third) = (start + Duration.FromDays(1), start + Duration.FromDays(2));
        var layer = ExampleLayer()
            .Add(new Quiet("example.dated", Cited), start, second)
            .Add(new Quiet("example.other", Cited))
            .Add(new Quiet("example.dated", Cited), second, third)
            .Add(new Quiet("example.dated", Cited), third);

        Assert.Equal(["example.dated", "example.dated", "example.dated", "example.other"], layer.Clauses.Select(c => c.Id));
        Assert.Equal([start, second, third], layer.ClausePeriods.Take(3).Select(p => p.Start));
        Assert.False(layer.ClausePeriods[3].HasStart);
    }

    [Fact]
    public void OptionsWithOtherDeclaredValues_AreNotEqual_EitherWay_AndHashApart()
    {
        var hour = PolicyParameter.Define("closing-minute", PolicyParameterKind.Count, 0, null, v => v is >= 0 and < 60);
        var one = new PolicyOptions();
        one.Set(Closing, 18);
        var two = one with { };
        two.Set(hour, 30);
        var other = new PolicyOptions();
        other.Set(Closing, 19);

        Assert.NotEqual(one, two);
        Assert.NotEqual(two, one);
        Assert.NotEqual(one, other);
        Assert.NotEqual(one.GetHashCode(), other.GetHashCode());
        var same = new PolicyOptions();
        same.Set(Closing, 18);
        Assert.Equal(one, same);
        Assert.Equal(one.GetHashCode(), same.GetHashCode());
    }

    [Fact]
    public void AWordParameterOutOfItsWords_SaysWhichWordsItTakes()
    {
        var options = new PolicyOptions { Advice = (AdviceMode)7 };

        var errors = new Evaluator(Policy.Chongqing2022, options).Decide(new PersonFacts { Region = "yubei" }, new Rules.Questions.EnterPublicPlace(), Instant.FromUtc(2022, 11, 15, 4, 0)).Errors;

        Assert.Contains(errors, e => e.Code == ErrorCodes.ValueUnknown && e.Field == "options.advice" && e.Message.Contains("advice must be deny or inform.", StringComparison.Ordinal));
    }

    private static Layer ExampleLayer() => Rules.Engine.Layer.Create("example", [Source]);

    private sealed class Quiet(string id, Citation citation) : Clause
    {
        public override string Id => id;

        public override Citation Citation => citation;

        protected internal override void Evaluate(ClauseContext context, Outcomes outcome)
        {
        }
    }
}
