using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;

namespace Beibei.Rules.Tests.Engine;

/// <summary>The digest covers every declaration of a policy: a policy that differs from another in any one of them,
/// however small, has another digest, and the same declarations built again have the same one.</summary>
public class PolicyDigestDeclarationTests
{
    private const string Source = "EXAMPLE-CITY";

    private static readonly NodaTime.Instant Start = NodaTime.Instant.FromUtc(2022, 11, 1, 0, 0);

    private static readonly NodaTime.Instant End = NodaTime.Instant.FromUtc(2022, 12, 1, 0, 0);

    public static TheoryData<string, Action<Spec>> EveryDeclaration => new()
    {
        { "the policy's version", s => s.Version = "2" },
        { "the period's sources", s => s.Period = s.Period with { Sources = [Source, "EXAMPLE-OTHER"] } },
        { "the period's paragraph", s => s.Period = s.Period with { Paragraph = "EX 0a" } },
        { "the period's quotation", s => s.Period = s.Period with { Quotation = "(another example)" } },
        { "the period's summary in English", s => s.Period = s.Period with { Summary = new LocalizedText("Not in force now.", "不在有效期内。") } },
        { "the period's summary in Chinese", s => s.Period = s.Period with { Summary = new LocalizedText("Not in force.", "现在不在有效期内。") } },
        { "a region's id", s => s.Regions[1] = ("west", "South", Zone.Central, [], null) },
        { "a region's name", s => s.Regions[1] = ("south", "Southern", Zone.Central, [], null) },
        { "a region's zone", s => s.Regions[1] = ("south", "South", Zone.Other, [], null) },
        { "a region's short names", s => s.Regions[1] = ("south", "South", Zone.Central, ["S"], null) },
        { "a region's code", s => s.Regions[1] = ("south", "South", Zone.Central, [], "900002") },
        { "another region", s => s.Regions.Add(("east", "East", Zone.Other, [], null)) },
        { "the time zone", s => s.Days = new LocalDays(NodaTime.DateTimeZoneProviders.Tzdb["Asia/Tokyo"], s.Days.Name) },
        { "the name of local time in English", s => s.Days = new LocalDays(s.Days.Zone, new LocalizedText("Example local time", "示例时间")) },
        { "the name of local time in Chinese", s => s.Days = new LocalDays(s.Days.Zone, new LocalizedText("Example time", "示例当地时间")) },
        { "a proof rule", s => s.Proof = (_, _, _, out proof) => { proof = ProofFound.None; return false; } },
        { "the layer's id", s => s.LayerId = "example-town" },
        { "the layer's sources", s => s.LayerSources = [Source, "EXAMPLE-OTHER"] },
        { "the clause's id", s => s.Clause = s.Clause with { Id = "example.other" } },
        { "the clause's sources", s => s.Clause = s.Clause with { Citation = s.Clause.Citation with { Sources = [Source, "EXAMPLE-OTHER"] } } },
        { "the clause's paragraph", s => s.Clause = s.Clause with { Citation = s.Clause.Citation with { Paragraph = "EX 1a" } } },
        { "the clause's quotation", s => s.Clause = s.Clause with { Citation = s.Clause.Citation with { Quotation = "(another example)" } } },
        { "the clause's summary in English", s => s.Clause = s.Clause with { Citation = s.Clause.Citation with { Summary = new LocalizedText("Another example.", "示例。") } } },
        { "the clause's summary in Chinese", s => s.Clause = s.Clause with { Citation = s.Clause.Citation with { Summary = new LocalizedText("An example.", "另一个示例。") } } },
        { "the clause's parameters", s => s.Clause = s.Clause with { Parameters = ["proof-window"] } },
        { "the clause's obligations", s => s.Clause = s.Clause with { Obligations = ["example.stay"] } },
        { "the clause's conditions", s => s.Clause = s.Clause with { Conditions = ["example.ready"] } },
        { "the clause's reach", s => s.Clause = s.Clause with { Reach = Reach.When(Situation.Travel), Decides = Reach.When(Situation.Travel) } },
        { "where the clause decides", s => s.Clause = s.Clause with { Decides = Reach.When(Situation.Travel) } },
        { "where the clause decides: nowhere", s => s.Clause = s.Clause with { Decides = Reach.Nowhere } },
        { "the clause's start", s => s.ClauseFrom = Start + NodaTime.Duration.Epsilon },
        { "the clause's end", s => s.ClauseUntil = End - NodaTime.Duration.Epsilon },
        { "the clause's end, taken away", s => s.ClauseUntil = null },
        { "a dated value", s => s.DatedValue = NodaTime.Duration.FromHours(25) },
        { "a dated value's date", s => s.DatedFrom = Start + NodaTime.Duration.FromHours(1) },
        { "a declared parameter's unit", s => s.Declared = PolicyParameter.Define("closing-hour", PolicyParameterKind.Count, 20, unit: "o'clock") },
        { "a declared parameter's kind", s => s.Declared = PolicyParameter.Define("closing-hour", PolicyParameterKind.Days, 20, unit: "h") },
        { "a declared parameter's default", s => s.Declared = PolicyParameter.Define("closing-hour", PolicyParameterKind.Count, 21, unit: "h") },
        { "a part not evaluated", s => s.NotEvaluable.Add(new NotEvaluableClause("example.not-evaluated", new Citation([Source], "EX 2", "(an example)", new LocalizedText("Not evaluated.", "不评估。")), new LocalizedText("Why.", "原因。"))) },
    };

    [Fact]
    public void ThePolicyBuiltTwice_HasTheSameDigest() =>
        Assert.Equal(DigestOf(new Spec()), DigestOf(new Spec()));

    [Theory]
    [MemberData(nameof(EveryDeclaration))]
    public void AnyDeclarationChanged_ChangesTheDigest(string declaration, Action<Spec> change)
    {
        var changed = new Spec();
        change(changed);

        Assert.True(DigestOf(new Spec()) != DigestOf(changed), $"Changing {declaration} left the digest as it was.");
    }

    [Fact]
    public void ANewLineAndAWrittenBackslashN_AreTwoTexts()
    {
        // A new line and a written backslash followed by "n" are two texts: escaping the new line alone would make them one.
        var one = new Spec();
        one.Clause = one.Clause with { Citation = one.Clause.Citation with { Paragraph = "EX 1\nx" } };
        var other = new Spec();
        other.Clause = other.Clause with { Citation = other.Clause.Citation with { Paragraph = "EX 1\\nx" } };

        Assert.NotEqual(DigestOf(one), DigestOf(other));
    }

    /// <summary>The text the digest is taken over names each declaration on a line of its own: the digest changes with
    /// a declaration because the line that names it changes, and no two declarations read alike.</summary>
    [Fact]
    public void TheCanonicalText_NamesEachDeclarationOnALineOfItsOwn()
    {
        var spec = new Spec
        {
            LayerInForce = (Start, End),
            Governs = ["south"],
            Declared = PolicyParameter.Define("closing-hour", PolicyParameterKind.Count, 20, unit: "h", citation: new Citation([Source], "EX 3", "(an hour)", new LocalizedText("An hour.", "一小时。"))),
        };
        spec.Clause = spec.Clause with { Citation = spec.Clause.Citation with { Paragraph = "EX 1 \\ and\nmore" } };

        var lines = PolicyDigest.CanonicalText(spec.Build(), new PolicyOptions()).Split('\n');

        Assert.Matches(@"^library=\d+\.\d+\.\d+$", lines[0]);
        string[] expected =
        [
            "example-city.from=2022-11-01T00:00:00Z",
            "example-city.until=2022-12-01T00:00:00Z",
            "example-city.governs=south",
            "example.declared.paragraph=EX 1 \\\\ and\\nmore",
            "example.declared.in-force=2022-11-01T00:00:00Z|2022-12-01T00:00:00Z",
            "example-city.version=proof-window@2022-11-01T00:00:00Z=24h",
            "parameter.closing-hour=20",
            "parameter.closing-hour.declared=Count|h|",
            "parameter.closing-hour.paragraph=EX 3",
        ];
        foreach (var line in expected)
        {
            Assert.Contains(line, lines);
        }

        // A clause in force from a date with no end.
        var open = new Spec { ClauseUntil = null };
        Assert.Contains("example.declared.in-force=2022-11-01T00:00:00Z|", PolicyDigest.CanonicalText(open.Build(), new PolicyOptions()).Split('\n'));
    }

    private static string DigestOf(Spec spec) => new Evaluator(spec.Build(), new PolicyOptions()).Identity.Digest;

    /// <summary>What a small policy declares, each part open to one change.</summary>
    public sealed class Spec
    {
        public string Version { get; set; } = "1";

        public Citation Period { get; set; } = new([Source], "EX 0", "(an example)", new LocalizedText("Not in force.", "不在有效期内。"));

        public List<(string Id, string Name, Zone Zone, string[] ShortNames, string? Code)> Regions { get; } =
        [
            ("north", "North", Zone.Central, [], null),
            ("south", "South", Zone.Central, [], null),
        ];

        public ProofRule? Proof { get; set; }

        public LocalDays Days { get; set; } = new(NodaTime.DateTimeZoneProviders.Tzdb["Asia/Shanghai"], new LocalizedText("Example time", "示例时间"));

        public string LayerId { get; set; } = "example-city";

        public string[] LayerSources { get; set; } = [Source];

        public Declared Clause { get; set; } = new(
            "example.declared",
            new Citation([Source], "EX 1", "(an example)", new LocalizedText("An example.", "示例。")),
            [],
            [],
            [],
            Reach.Everywhere,
            Reach.Everywhere);

        public List<NotEvaluableClause> NotEvaluable { get; } = [];

        public NodaTime.Instant ClauseFrom { get; set; } = Start;

        public NodaTime.Instant? ClauseUntil { get; set; } = End;

        public NodaTime.Duration DatedValue { get; set; } = NodaTime.Duration.FromHours(24);

        public NodaTime.Instant DatedFrom { get; set; } = Start;

        public PolicyParameter<int> Declared { get; set; } = PolicyParameter.Define("closing-hour", PolicyParameterKind.Count, 20, unit: "h");

        /// <summary>When the layer is in force, if it says (from, until).</summary>
        public (NodaTime.Instant From, NodaTime.Instant? Until)? LayerInForce { get; set; }

        /// <summary>The ids of the regions the layer governs, if it says.</summary>
        public string[]? Governs { get; set; }

        public Policy Build()
        {
            var regions = RegionTable.Create(Regions.Select(r => new Region(r.Id, r.Name, r.Zone, r.ShortNames, r.Code)));
            var layer = Layer.Create(LayerId, LayerSources)
                .Add(new DeclaringClause(Clause), ClauseFrom, ClauseUntil)
                .Declaring(Declared)
                .WithParameterValue("proof-window", DatedFrom, DatedValue);
            layer = LayerInForce is { } period ? layer.InForce(period.From, period.Until) : layer;
            layer = Governs is { } ids ? layer.Governing(regions.All.Where(r => ids.Contains(r.Id))) : layer;
            return Policy.Create("example-2022", Version, Period, regions, Days, [layer], NotEvaluable, Proof);
        }
    }

    /// <summary>A clause's declarations.</summary>
    public sealed record Declared(string Id, Citation Citation, string[] Parameters, string[] Obligations, string[] Conditions, Reach Reach, Reach Decides);

    /// <summary>Declares what it is given and decides nothing.</summary>
    private sealed class DeclaringClause(Declared declared) : Clause
    {
        public override string Id => declared.Id;

        public override Citation Citation => declared.Citation;

        public override IReadOnlyList<string> Parameters => declared.Parameters;

        public override IReadOnlyList<string> ObligationIds => declared.Obligations;

        public override IReadOnlyList<string> ConditionIds => declared.Conditions;

        public override Reach Reach => declared.Reach;

        public override Reach Decides => declared.Decides;

        protected internal override void Evaluate(ClauseContext context, Outcomes outcome)
        {
        }
    }
}
