using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using NodaTime;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Engine;

/// <summary>Dated versions: a parameter value that a layer changes on a date (here the proof window, 48 h to 24 h from
/// 2022-11-20 00:00) is a change point like any other.</summary>
public class DatedVersionTests
{
    private static readonly Instant Shortened = T("2022-11-20T00:00:00+08:00");

    // Sampled 2022-11-19 10:00: a proof until 2022-11-21 10:00 under 48 h, until 2022-11-20 10:00 under 24 h.
    private static readonly PersonFacts Person = new()
    {
        Region = "yuzhong",
        Tests = [TestRecord.Negative(T("2022-11-19T10:00:00+08:00"), T("2022-11-19T12:00:00+08:00"))],
    };

    private static readonly Question Mall = new EnterPublicPlace(Kind: PlaceKind.Mall);

    private static Layer Dated => Layer.Create("example-dated", ["EXAMPLE"]).WithParameterValue("proof-window", Shortened, Duration.FromHours(24));

    private static readonly Evaluator Versioned = new(Policy.Chongqing2022.WithLayer(Dated), new PolicyOptions());

    [Theory]
    [InlineData("2022-11-19T23:59:59.999999999+08:00", Verdict.Allowed)]
    [InlineData("2022-11-20T00:00:00+08:00", Verdict.Allowed)]
    [InlineData("2022-11-20T10:00:00+08:00", Verdict.Allowed)]
    [InlineData("2022-11-20T10:00:00.000000001+08:00", Verdict.Denied)]
    [InlineData("2022-11-21T10:00:00+08:00", Verdict.Denied)]
    public void ADecision_UsesTheValueInForceAtItsInstant(string at, Verdict expected)
    {
        Assert.Equal(expected, Versioned.Decide(Person, Mall, T(at)).Value!.Verdict);

        // Without the version the 48-hour proof still holds.
        Assert.Equal(Verdict.Allowed, new Evaluator(Policy.Chongqing2022, new PolicyOptions()).Decide(Person, Mall, T(at)).Value!.Verdict);
    }

    [Fact]
    public void ValidUntil_CrossesTheVersionBoundary_ToTheShortenedExpiry()
    {
        var decision = Versioned.Decide(Person, Mall, T("2022-11-19T20:00:00+08:00")).Value!;

        Assert.Equal(T("2022-11-20T10:00:00+08:00"), decision.ValidUntil);
        Assert.True(decision.ValidUntilIncluded);
        Assert.Equal(T("2022-11-21T10:00:00+08:00"), new Evaluator(Policy.Chongqing2022, new PolicyOptions()).Decide(Person, Mall, T("2022-11-19T20:00:00+08:00")).Value!.ValidUntil);
    }

    [Fact]
    public void ATimeline_CrossesTheVersionBoundary()
    {
        var timeline = Versioned.Timeline(Person, Mall, T("2022-11-19T20:00:00+08:00"), T("2022-11-21T00:00:00+08:00")).Value!;

        Assert.Equal(
            [(Verdict.Allowed, T("2022-11-19T20:00:00+08:00"), T("2022-11-20T10:00:00+08:00"), true), (Verdict.Denied, T("2022-11-20T10:00:00+08:00"), T("2022-11-21T00:00:00+08:00"), true)],
            timeline.Segments.Select(s => (s.Verdict, s.From, s.Until, s.UntilIncluded)));
    }

    [Fact]
    public void TheDigest_NamesTheVersion()
    {
        var digest = Versioned.Identity.Digest;
        var later = new Evaluator(Policy.Chongqing2022.WithLayer(Layer.Create("example-dated", ["EXAMPLE"]).WithParameterValue("proof-window", Shortened + Duration.Epsilon, Duration.FromHours(24))), new PolicyOptions());

        Assert.Equal(digest, new Evaluator(Policy.Chongqing2022.WithLayer(Dated), new PolicyOptions()).Identity.Digest);
        Assert.NotEqual(digest, later.Identity.Digest);
    }

    public static TheoryData<string, Func<Layer>> BadVersions => new()
    {
        { "'no-such-parameter', which is not a parameter that can change on a date", () => Dated.WithParameterValue("no-such-parameter", Shortened, 1) },
        { "'in-force-until', which is not a parameter", () => Dated.WithParameterValue("in-force-until", Shortened, Shortened) },
        { "a value of 'proof-window' that it cannot take", () => Dated.WithParameterValue("proof-window", Shortened + Duration.FromDays(1), Duration.Zero) },
        { "a value of 'proof-anchor' that it cannot take", () => Dated.WithParameterValue("proof-anchor", Shortened, "whenever") },
        { "a value of 'land-and-test-days' that it cannot take", () => Dated.WithParameterValue("land-and-test-days", Shortened, "3") },
        { "not after the version it replaces", () => Dated.WithParameterValue("proof-window", Shortened, Duration.FromHours(12)) },
        { "versions of one parameter must come in order", () => Dated.WithParameterValue("proof-window", Shortened - Duration.Epsilon, Duration.FromHours(12)) },
    };

    [Theory]
    [MemberData(nameof(BadVersions))]
    public void ABadVersion_IsAnErrorWhenThePolicyIsBuilt(string message, Func<Layer> layer)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => Policy.Chongqing2022.WithLayer(layer()));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AVersionJustAfterTheLast_Builds()
    {
        var policy = Policy.Chongqing2022.WithLayer(Dated.WithParameterValue("proof-window", Shortened + Duration.Epsilon, Duration.FromHours(12)));

        Assert.Equal(2, policy.Versions.Count);
    }

    [Theory]
    [InlineData("2022-11-20T23:59:59.999999999+08:00", Verdict.Allowed)]
    [InlineData("2022-11-21T00:00:00+08:00", Verdict.Allowed)]
    [InlineData("2022-11-21T08:00:00+08:00", Verdict.Allowed)]
    [InlineData("2022-11-21T08:00:00.000000001+08:00", Verdict.Denied)]
    [InlineData("2022-11-21T10:00:00+08:00", Verdict.Denied)]
    public void OfTwoVersionsInForce_TheLaterOneDecides(string at, Verdict expected)
    {
        // 48 h, then 24 h from 2022-11-20 00:00, then 12 h from 2022-11-21 00:00: sampled 2022-11-20 20:00, the proof holds
        // until 2022-11-21 08:00 under the third version (and would until 20:00 under the second).
        var evaluator = new Evaluator(Policy.Chongqing2022.WithLayer(Dated.WithParameterValue("proof-window", Shortened + Duration.FromDays(1), Duration.FromHours(12))), new PolicyOptions());
        var person = Person with { Tests = [TestRecord.Negative(T("2022-11-20T20:00:00+08:00"), T("2022-11-20T22:00:00+08:00"))] };

        Assert.Equal(expected, evaluator.Decide(person, Mall, T(at)).Value!.Verdict);
        Assert.True(evaluator.TryDecideVerdict(person, Mall, T(at), out var verdict));
        Assert.Equal(expected, verdict);
    }

    [Fact]
    public void ThePolicysVersions_AreInTheOrderTheyComeIntoForce_NotInTheLayersOrder()
    {
        // The first layer dates a value later than the second layer does (versions of one parameter must follow the
        // layers' order, so these are two parameters).
        var policy = Policy.Chongqing2022
            .WithLayer(Layer.Create("example-later", ["EXAMPLE-LATER"]).WithParameterValue("proof-window", Shortened + Duration.FromDays(1), Duration.FromHours(12)))
            .WithLayer(Layer.Create("example-earlier", ["EXAMPLE-EARLIER"]).WithParameterValue("land-and-test-days", Shortened, 2));

        Assert.Equal([("land-and-test-days", Shortened), ("proof-window", Shortened + Duration.FromDays(1))], policy.Versions.Select(v => (v.Parameter, v.From)));
        // The mall's proof outlasts the first change (a parameter it does not read) and ends at the second (12 h).
        Assert.Equal(Shortened + Duration.FromDays(1), new Evaluator(policy, new PolicyOptions()).Decide(Person, Mall, T("2022-11-19T22:00:00+08:00")).Value!.ValidUntil);
    }
}
