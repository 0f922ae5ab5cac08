using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using NodaTime;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Engine;

/// <summary>What a consumer's clause writes into <see cref="Outcomes"/>, as a decision and a trace show it: effects that
/// only grow stricter, duties and advice that make a clause apply, change points ahead of the instant only, the engine's
/// general remedy sentences, and a purpose bit that reaches the clauses that require it.</summary>
public class OutcomesTests
{
    private const string Source = "EXAMPLE-OUTCOMES";

    private const string ClauseId = "example.scripted";

    private static readonly Instant Noon = T("2022-11-15T12:00:00+08:00");

    private static readonly Duty Standing = new("example.standing-duty", new LocalizedText("An example duty.", "示例义务。"));

    private static readonly Question Trip = new Travel("south", Purpose.Essential);

    private static Evaluator With(Clause clause) =>
        new(OwnPolicyTests.Build().WithLayer(Layer.Create("example-outcomes", [Source]).Add(clause)), new PolicyOptions());

    private static DecisionTrace TraceOf(Action<ClauseContext, Outcomes> evaluate, Question? question = null) =>
        With(new Scripted(evaluate)).Trace(new PersonFacts { Region = "north" }, question ?? Trip, Noon).Value!;

    private static ClauseEffect EffectOf(DecisionTrace trace) => trace.Clauses.Single(c => c.ClauseId == ClauseId).Effect;

    [Fact]
    public void AClauseThatOnlyStatesADuty_AppliesSilently()
    {
        var trace = TraceOf((_, outcome) => outcome.Oblige(Standing, null, null, startedByQuestion: false));

        Assert.Equal(ClauseEffect.Silent, EffectOf(trace));
        Assert.Contains(trace.Decision.Obligations, o => o.Id == Standing.Id);
    }

    [Fact]
    public void AClauseThatOnlyAdvisesAgainst_AppliesSilently()
    {
        var trace = TraceOf((_, outcome) => outcome.AdvisesAgainst());

        Assert.Equal(ClauseEffect.Silent, EffectOf(trace));
        Assert.Equal(Verdict.Allowed, trace.Decision.Verdict);
    }

    public static TheoryData<string, Action<ClauseContext, Outcomes>> DenialsWithMore => new()
    {
        { "advice", (_, outcome) => outcome.Denies().AdvisesAgainst() },
        { "a duty", (_, outcome) => outcome.Denies().Oblige(Standing, null, null, startedByQuestion: false) },
        { "silence", (_, outcome) => outcome.Denies().Silent() },
        { "a permission", (_, outcome) => outcome.Denies().Permits() },
    };

    [Theory]
    [MemberData(nameof(DenialsWithMore))]
    public void ADenial_StaysADenial_WhateverTheClauseStatesAfterIt(string after, Action<ClauseContext, Outcomes> evaluate)
    {
        var trace = TraceOf(evaluate);

        Assert.Equal(ClauseEffect.Denies, EffectOf(trace));
        Assert.Equal(Verdict.Denied, trace.Decision.Verdict);
        Assert.Contains(trace.Decision.Reasons, r => r.ClauseId == ClauseId);
        Assert.NotNull(after);
    }

    [Theory]
    [InlineData(-3_600_000_000_000L)]
    [InlineData(-1L)]
    [InlineData(0L)]
    public void AChangePointAtOrBeforeTheInstant_IsNotAValidUntil(long nanoseconds)
    {
        // The clause denies until its next change, which it states first, then one that is not ahead of the instant evaluated.
        var later = Noon + Duration.FromHours(2);
        var evaluator = With(new Scripted((context, outcome) =>
        {
            if (context.At < later)
            {
                outcome.Denies().ChangesAt(later).ChangesAt(context.At + Duration.FromNanoseconds(nanoseconds));
            }
        }));
        var person = new PersonFacts { Region = "north" };

        var decision = evaluator.Decide(person, Trip, Noon).Value!;

        Assert.Equal((later, false), (decision.ValidUntil!.Value, decision.ValidUntilIncluded));
        Assert.Equal(later, evaluator.Trace(person, Trip, Noon).Value!.Clauses.Single(c => c.ClauseId == ClauseId).NextChange);
    }

    [Fact]
    public void AChangePointJustAfterTheInstant_IsTheValidUntil()
    {
        // The clause denies up to and including noon, and says so after a later change point.
        var evaluator = With(new Scripted((context, outcome) =>
        {
            if (context.At <= Noon)
            {
                outcome.Denies().ChangesAt(Noon + Duration.FromHours(2)).ChangesAfter(Noon);
            }
        }));

        var decision = evaluator.Decide(new PersonFacts { Region = "north" }, Trip, Noon).Value!;

        Assert.Equal((Noon, true), (decision.ValidUntil!.Value, decision.ValidUntilIncluded));
    }

    public static TheoryData<RemedyKind, string, string> GeneralSentences => new()
    {
        { RemedyKind.Test, "Get a new test and wait for its negative result.", "进行检测，取得阴性结果。" },
        { RemedyKind.Report, "Report as the policy asks.", "按要求报备。" },
        { RemedyKind.EssentialPurpose, "Only a necessary purpose may go.", "仅限必要事由。" },
        { RemedyKind.Wait, "Wait until the restriction ends.", "等待限制措施结束。" },
        { RemedyKind.Postpone, "Postpone it until the measures end.", "待措施结束后再办。" },
    };

    [Theory]
    [MemberData(nameof(GeneralSentences))]
    public void ARemedyWithoutASentenceOfItsOwn_GetsTheEnginesGeneralSentence(RemedyKind kind, string en, string zh)
    {
        var trace = TraceOf((context, outcome) => outcome.Denies().Add(kind, context.At + Duration.FromHours(1), "example-condition"));

        var remedy = Assert.Single(trace.Decision.Remedies);
        Assert.Equal((kind, ClauseId, "example-condition"), (remedy.Kind, remedy.ClauseId, remedy.Condition));
        Assert.Equal(new LocalizedText(en, zh), remedy.Sentence);
    }

    [Theory]
    [InlineData(Purpose.Essential, Situation.Essential, true)]
    [InlineData(Purpose.Essential, Situation.NonEssential, false)]
    [InlineData(Purpose.NonEssential, Situation.NonEssential, true)]
    [InlineData(Purpose.NonEssential, Situation.Essential, false)]
    public void AClauseRequiringAPurpose_IsReachedByThatPurposeOnly(Purpose purpose, Situation required, bool reached)
    {
        var clause = new Scripted((_, outcome) => outcome.Denies(), Reach.When(Situation.Travel | required));

        foreach (var question in new Question[] { new Travel("south", purpose), new LeaveHome(purpose) })
        {
            var evaluator = With(clause);
            var trace = evaluator.Trace(new PersonFacts { Region = "north" }, question, Noon).Value!;
            var expected = reached && question is Travel;

            Assert.Equal(expected ? ClauseEffect.Denies : ClauseEffect.NotApplicable, EffectOf(trace));
            Assert.True(evaluator.TryDecideVerdict(new PersonFacts { Region = "north" }, question, Noon, out var verdict));
            Assert.Equal(expected, verdict == Verdict.Denied);
        }
    }

    /// <summary>An example clause that does what it is told.</summary>
    private sealed class Scripted(Action<ClauseContext, Outcomes> evaluate, Reach? reach = null) : Clause
    {
        public override string Id => ClauseId;

        public override Citation Citation { get; } = new([Source], "EX 9", "(an example)", new LocalizedText("An example.", "示例。"));

        public override Reach Reach => reach ?? Reach.Everywhere;

        protected internal override void Evaluate(ClauseContext context, Outcomes outcome) => evaluate(context, outcome);
    }
}
