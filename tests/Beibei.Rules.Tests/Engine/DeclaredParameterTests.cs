using System.Text.Json;
using Beibei.Rules.AspNetCore;
using Beibei.Rules.Casebook;
using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using Beibei.Rules.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Engine;

/// <summary>A parameter a policy declares of its own: a district layer on top of Chongqing 2022 declares
/// <c>market-closing</c> (a time of day, 20:00 by default, at or after noon), which its clause reads. The options, their
/// validation, the casebook reader, dated values, the digest, the JSON and the configuration all take it by its
/// declaration.</summary>
public class DeclaredParameterTests
{
    private const string Source = "EXAMPLE-MARKETS";

    private static readonly Citation Cited = new([Source], "EX 1", "(an example)", new LocalizedText("An example.", "示例。"));

    private static readonly PolicyParameter<LocalTime> Closing = PolicyParameter.Define(
        "market-closing", PolicyParameterKind.TimeOfDay, new LocalTime(20, 0), Cited, t => t >= new LocalTime(12, 0), "market-closing must be at or after 12:00.");

    private static readonly PersonFacts Person = new()
    {
        Region = "hechuan",
        Tests = [TestRecord.Negative(T("2022-11-15T08:00:00+08:00"), T("2022-11-15T12:00:00+08:00"))],
    };

    private static readonly Question Market = new EnterPublicPlace("hechuan", PlaceKind.Market);

    internal static readonly Policy WithMarkets = Build(layer => layer);

    private static Policy Build(Func<Layer, Layer> change) => Policy.Chongqing2022.WithLayer(
        change(Layer.Create("example-markets", [Source]).Governing([Policy.Chongqing2022.Regions["hechuan"]]).Declaring(Closing).Add(new ClosesMarkets())),
        id: "example-markets",
        version: "1");

    private static Decision Decide(PolicyOptions options, string at, Policy? policy = null) =>
        new Evaluator(policy ?? WithMarkets, options).Decide(Person, Market, T(at)).Value!;

    [Theory]
    [InlineData("2022-11-15T19:59:59.999999999+08:00", Verdict.Allowed)]
    [InlineData("2022-11-15T20:00:00+08:00", Verdict.Denied)]
    public void TheDefault_IsUsedWhenTheOptionsDoNotSetIt(string at, Verdict expected)
    {
        Assert.Equal(expected, Decide(new PolicyOptions(), at).Verdict);
        Assert.Equal(new LocalTime(20, 0), new PolicyOptions().Get(Closing));
        Assert.Equal(new LocalTime(20, 0), Closing.Default);
    }

    [Theory]
    [InlineData("2022-11-15T17:59:59.999999999+08:00", Verdict.Allowed)]
    [InlineData("2022-11-15T18:00:00+08:00", Verdict.Denied)]
    public void AValueSetInTheOptions_IsTheOneTheClauseReads(string at, Verdict expected)
    {
        var options = new PolicyOptions();
        options.Set(Closing, new LocalTime(18, 0));

        Assert.Equal(expected, Decide(options, at).Verdict);
        Assert.Equal(new LocalTime(18, 0), options.Get(Closing));
    }

    [Theory]
    [InlineData(11, 59, 59, false)]
    [InlineData(12, 0, 0, true)]
    public void AValueOutsideWhatTheDeclarationAccepts_IsAnInputError_AndNothingIsDecided(int hour, int minute, int second, bool valid)
    {
        var options = new PolicyOptions();
        options.Set(Closing, new LocalTime(hour, minute, second));

        var result = new Evaluator(WithMarkets, options).Decide(Person, Market, T("2022-11-15T12:30:00+08:00"));

        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            Assert.Null(result.Value);
            var error = Assert.Single(result.Errors);
            Assert.Equal((ErrorCodes.ValueOutOfRange, "options.market-closing", "market-closing must be at or after 12:00."), (error.Code, error.Field, error.Message));
            var failure = Assert.Single(new PolicyOptionsValidator(WithMarkets).Validate(options).Errors);
            Assert.Equal(("market-closing", ErrorCodes.ValueOutOfRange), (failure.PropertyName, failure.ErrorCode));
            Assert.Empty(new PolicyOptionsValidator().Validate(options).Errors);
        }
    }

    [Fact]
    public void TheOptions_StayAValue()
    {
        var set = new PolicyOptions();
        set.Set(Closing, new LocalTime(18, 0));
        var same = new PolicyOptions();
        same.Set(Closing, new LocalTime(18, 0));
        var copy = set with { };
        copy.Set(Closing, new LocalTime(19, 0));

        Assert.Equal(set, same);
        Assert.Equal(set.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(set, copy);
        Assert.NotEqual(set, new PolicyOptions());
        Assert.Equal(new LocalTime(18, 0), set.Get(Closing));
        Assert.Equal(new LocalTime(18, 0), set.Snapshot().Get(Closing));
    }

    [Fact]
    public void ThePolicy_ListsItWithTheCatalogues()
    {
        Assert.Equal([.. PolicyOptions.Names, "market-closing"], WithMarkets.Parameters.Select(p => p.Name));
        Assert.Same(Closing, WithMarkets.FindParameter("market-closing"));
        Assert.Null(Policy.Chongqing2022.FindParameter("market-closing"));
        Assert.True(Closing.IsDeclared);
        Assert.False(PolicyOptions.FindParameter("proof-window")!.IsDeclared);
        Assert.Equal(Cited, Closing.Citation);
        Assert.Equal(Duration.FromHours(48), new PolicyOptions().Get((PolicyParameter<Duration>)PolicyOptions.FindParameter("proof-window")!));
    }

    [Fact]
    public void ACasebookFileOfThePolicy_SetsIt_AndItIsWrittenAsItsKindSays()
    {
        const string text = """
            title: Markets
            clause: example.closes-markets
            cases:
              - name: Closed from 18:00 when the options say so
                at: 2022-11-15T18:00:00+08:00
                options: { market-closing: "18:00" }
                person: { region: hechuan, tests: [{sampled: 2022-11-15T08:00:00+08:00, resulted: 2022-11-15T12:00:00+08:00, result: negative}] }
                ask: { enter-public-place: { region: hechuan, kind: market } }
                expect: { verdict: denied, reasons: [example.closes-markets] }
              - name: Open at 18:00 by default
                at: 2022-11-15T18:00:00+08:00
                person: { region: hechuan, tests: [{sampled: 2022-11-15T08:00:00+08:00, resulted: 2022-11-15T12:00:00+08:00, result: negative}] }
                ask: { enter-public-place: { region: hechuan, kind: market } }
                expect: { verdict: allowed }
            """;

        var read = CasebookReader.Read(text, "markets.yaml", WithMarkets);

        Assert.Empty(read.Errors);
        Assert.Equal(new LocalTime(18, 0), read.File!.Cases[0].Options.Get(Closing));
        Assert.All(CaseRunner.Run(read.File), r => Assert.True(r.Passed, string.Join("; ", r.Failures.Select(f => f.Field))));
        Assert.Equal("18:00", Closing.Format(read.File.Cases[0].Options));
    }

    [Theory]
    [InlineData("25:00", ErrorCodes.ValueUnknown)]
    [InlineData("eight", ErrorCodes.ValueUnknown)]
    [InlineData("11:59:59", ErrorCodes.ValueOutOfRange)]
    public void ABadValueInACasebook_HasItsCode(string value, string code)
    {
        var read = CasebookReader.ReadOptions([new("market-closing", value)], "test", WithMarkets);

        Assert.Null(read.Options);
        Assert.Equal((code, "options.market-closing"), (read.Errors.Single().Code, read.Errors.Single().Field));
    }

    [Fact]
    public void APolicyThatDoesNotDeclareIt_DoesNotKnowItsName()
    {
        var read = CasebookReader.ReadOptions([new("market-closing", "18:00")], "test", Policy.Chongqing2022);

        Assert.Equal(ErrorCodes.KeyUnknown, Assert.Single(read.Errors).Code);
        Assert.Equal("20:00:30.5", Closing.Format(Set(new LocalTime(20, 0, 30, 500))));
        Assert.Equal("07:05", Closing.Format(Set(new LocalTime(7, 5))));
        Assert.True(CasebookReader.ReadOptions([new("market-closing", "20:00:30.5")], "test", WithMarkets).Options!.Get(Closing) == new LocalTime(20, 0, 30, 500));
    }

    [Fact]
    public void ADatedValue_IsAChangePoint_ThatValidUntilCrosses()
    {
        var policy = Build(layer => layer.WithParameterValue("market-closing", T("2022-11-25T12:00:00+08:00"), new LocalTime(18, 0)));

        var morning = Decide(new PolicyOptions(), "2022-11-25T11:00:00+08:00", policy);

        Assert.Equal(Verdict.Allowed, morning.Verdict);
        Assert.Equal(T("2022-11-25T18:00:00+08:00"), morning.ValidUntil);
        Assert.Equal(Verdict.Allowed, Decide(new PolicyOptions(), "2022-11-24T19:00:00+08:00", policy).Verdict);
        Assert.Equal(Verdict.Denied, Decide(new PolicyOptions(), "2022-11-25T18:00:00+08:00", policy).Verdict);
        Assert.Throws<ArgumentException>(() => Build(layer => layer.WithParameterValue("market-closing", T("2022-11-25T12:00:00+08:00"), new LocalTime(8, 0))));
    }

    [Fact]
    public void TheDigest_CoversTheDeclarationAndTheValue()
    {
        var digest = new Evaluator(WithMarkets, new PolicyOptions()).Identity.Digest;
        var later = new PolicyOptions();
        later.Set(Closing, new LocalTime(20, 0, 0, 1));

        Assert.Equal(digest, new Evaluator(Build(layer => layer), new PolicyOptions()).Identity.Digest);
        Assert.NotEqual(digest, new Evaluator(WithMarkets, later).Identity.Digest);
        var other = PolicyParameter.Define("market-closing", PolicyParameterKind.TimeOfDay, new LocalTime(20, 0));
        var undocumented = Policy.Chongqing2022.WithLayer(
            Layer.Create("example-markets", [Source]).Governing([Policy.Chongqing2022.Regions["hechuan"]]).Declaring(other).Add(new ClosesMarkets(other)), "example-markets", "1");
        Assert.NotEqual(digest, new Evaluator(undocumented, new PolicyOptions()).Identity.Digest);
    }

    [Fact]
    public void TheOptionsJson_WritesAValueSet()
    {
        var json = JsonSerializer.Serialize(Set(new LocalTime(18, 30)));

        Assert.Contains("\"market-closing\":\"18:30\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("market-closing", JsonSerializer.Serialize(new PolicyOptions()), StringComparison.Ordinal);
    }

    [Fact]
    public void AHostsConfiguration_SetsIt_AndABadValueFailsAtStart()
    {
        IOptions<PolicyOptions> Configured(string value)
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["BeibeiRules:market-closing"] = value }).Build();
            var services = new ServiceCollection();
            services.AddSingleton(WithMarkets);
            services.AddBeibeiRules(configuration.GetSection("BeibeiRules"));
            return services.BuildServiceProvider().GetRequiredService<IOptions<PolicyOptions>>();
        }

        Assert.Equal(new LocalTime(18, 0), Configured("18:00").Value.Get(Closing));
        var failure = Assert.Throws<OptionsValidationException>(() => Configured("08:00").Value);
        Assert.Contains("BeibeiRules:market-closing", failure.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, Func<object>> BadDeclarations => new()
    {
        { "declares parameter 'proof-window', which the policy has already", () => Build(layer => layer.Declaring(PolicyParameter.Define("proof-window", PolicyParameterKind.Duration, Duration.FromHours(1)))) },
        { "declares parameter 'market-closing', which the policy has already", () => Build(layer => layer).WithLayer(Layer.Create("again", ["AGAIN"]).Declaring(Closing)) },
        { "reads parameter 'market-opening', which no layer of the policy declares", () => Build(layer => layer.Add(new ReadsUndeclared())) },
        { "is the catalogue's", () => Layer.Create("x", ["X"]).Declaring(PolicyOptions.FindParameter("advice")!) },
        { "cannot hold a Int32; it holds a Duration", () => PolicyParameter.Define("gap", PolicyParameterKind.Duration, 3) },
        { "declare words with DefineWord", () => PolicyParameter.Define("mode", PolicyParameterKind.Word, 3) },
        { "is not a value it accepts", () => PolicyParameter.Define("gap", PolicyParameterKind.Count, 0, valid: n => n > 0) },
        { "lower-case kebab-case", () => PolicyParameter.Define("Market_Closing", PolicyParameterKind.Count, 1) },
        { "'Market Advice' is not", () => PolicyParameter.DefineWord("Market Advice", AdviceMode.Deny) },
        { "is not a member of AdviceMode", () => PolicyParameter.DefineWord("mode", (AdviceMode)7) },
    };

    [Theory]
    [MemberData(nameof(BadDeclarations))]
    public void ABadDeclaration_IsAnErrorWhenDeclaredOrBuilt(string message, Func<object> build) => AssertRefusedWhenBuilt(message, build);

    [Fact]
    public void ADeclarationWithoutANameOrUnit_IsRefusedWithTheArgumentsName()
    {
        Assert.Equal("name", Assert.ThrowsAny<ArgumentException>(() => PolicyParameter.Define(null!, PolicyParameterKind.Count, 1)).ParamName);
        Assert.Equal("name", Assert.ThrowsAny<ArgumentException>(() => PolicyParameter.DefineWord(null!, AdviceMode.Deny)).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentNullException>(() => PolicyParameter.Define("gap", PolicyParameterKind.Count, 1, unit: null!)).ParamName);
    }

    [Fact]
    public void ADeclaredValueItsRuleRefuses_SaysSoByDefault()
    {
        var stalls = PolicyParameter.Define("market-stalls", PolicyParameterKind.Count, 3, valid: n => n > 0);
        var policy = Build(layer => layer.Declaring(stalls));
        var options = new PolicyOptions();
        options.Set(stalls, 0);

        var errors = new Evaluator(policy, options).Decide(new Beibei.Rules.Model.PersonFacts { Region = "yuzhong" }, new Beibei.Rules.Questions.EnterPublicPlace(), Samples.Noon12th).Errors;

        var error = Assert.Single(errors);
        Assert.Equal("market-stalls is not a value the policy can use.", error.Message);
    }

    [Theory]
    [InlineData("proof-window", 48 * 60, "48h")]
    [InlineData("proof-window", 90, "90m")]
    [InlineData("land-and-test-gap", 1, "1m")]
    public void ADuration_IsWrittenInItsLargestWholeUnit(string name, int minutes, string written)
    {
        var parameter = PolicyOptions.FindParameter(name)!;
        var options = new PolicyOptions();
        Assert.True(parameter.TrySet(options, NodaTime.Duration.FromMinutes(minutes)));

        Assert.Equal(written, parameter.Format(options));
    }

    [Fact]
    public void AWordParameterOfThePolicysOwn_ReadsItsWords()
    {
        var mode = PolicyParameter.DefineWord("market-advice", AdviceMode.Deny);
        var policy = Build(layer => layer.Declaring(mode));

        var read = CasebookReader.ReadOptions([new("market-advice", "inform")], "test", policy);

        Assert.Equal(AdviceMode.Inform, read.Options!.Get(mode));
        Assert.Equal(["deny", "inform"], mode.Words);
        Assert.Equal(ErrorCodes.ValueUnknown, CasebookReader.ReadOptions([new("market-advice", "maybe")], "test", policy).Errors.Single().Code);
    }

    private static PolicyOptions Set(LocalTime closing)
    {
        var options = new PolicyOptions();
        options.Set(Closing, closing);
        return options;
    }

    /// <summary>Closes Hechuan's markets from the closing hour the options give to the end of the local day.</summary>
    private sealed class ClosesMarkets(PolicyParameter<LocalTime>? closing = null) : Clause
    {
        private readonly PolicyParameter<LocalTime> closing = closing ?? Closing;

        public override string Id => "example.closes-markets";

        public override Citation Citation => Cited;

        public override IReadOnlyList<string> Parameters => [closing.Name];

        public override Reach Reach => Reach.When(Situation.EnterPublicPlace | Situation.PlaceGoverned);

        protected internal override void Evaluate(ClauseContext context, Outcomes outcome)
        {
            if (context.Question is not EnterPublicPlace { Kind: PlaceKind.Market })
            {
                return;
            }

            var closes = context.Days.StartOf(context.Today) + (context.Options.Get(closing) - LocalTime.Midnight).ToDuration();
            var reopens = context.Days.AddDays(context.Midnight, 1);
            if (context.At < closes)
            {
                outcome.Silent().ChangesAt(closes);
            }
            else
            {
                outcome.Denies().ChangesAt(reopens);
            }
        }
    }

    private sealed class ReadsUndeclared : Clause
    {
        public override string Id => "example.reads-undeclared";

        public override Citation Citation => Cited;

        public override IReadOnlyList<string> Parameters => ["market-opening"];

        protected internal override void Evaluate(ClauseContext context, Outcomes outcome)
        {
        }
    }
}
