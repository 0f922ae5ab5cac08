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

    private static Evaluator With(Clause clause, PolicyOptions? options = null) => With([clause], options);

    private static Evaluator With(Clause[] clauses, PolicyOptions? options = null) =>
        new(OwnPolicyTests.Build().WithLayer(clauses.Aggregate(Layer.Create("example-outcomes", [Source]), (layer, clause) => layer.Add(clause))), options ?? new PolicyOptions());

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
    public void ManyDutiesWithoutInstants_EachListedAsItsOwnObligation_DecisionAfterDecision()
    {
        // More duties than a thread keeps made obligations for: each one listed is its own duty's, due, whether it was
        // made for this decision or kept from an earlier one; the same duty dated is not the undated one.
        var many = Enumerable.Range(0, 40).Select(i => new Duty($"example.scripted/duty-{i}", new LocalizedText($"Duty {i}.", $"义务{i}。"))).ToArray();
        var dated = Noon + Duration.FromHours(1);
        var evaluator = With(new Scripted((_, outcome) =>
        {
            foreach (var duty in many)
            {
                outcome.Oblige(duty, null, null, startedByQuestion: false);
            }

            outcome.Oblige(many[0], null, dated, startedByQuestion: false);
        }));

        for (var decision = 0; decision < 3; decision++)
        {
            var obligations = evaluator.Decide(new PersonFacts { Region = "north" }, Trip, Noon).Value!.Obligations;

            Assert.Equal(
                [.. many.Select(d => new Obligation(d.Id, null, null, ObligationStatus.Due, d.Description)), new Obligation(many[0].Id, null, dated, ObligationStatus.Due, many[0].Description)],
                obligations);
        }
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

    [Fact]
    public void ARemedyOfNoCondition_IsWrittenWithANullCondition()
    {
        var trace = TraceOf((context, outcome) => outcome.Denies().Add(RemedyKind.Wait, context.At + Duration.FromHours(1)));

        Assert.Null(Assert.Single(trace.Decision.Remedies).Condition);
        var serialized = Beibei.Rules.Serialization.BeibeiRulesJson.Serialize(trace.Decision);
        using var json = System.Text.Json.JsonDocument.Parse(serialized);
        var remedy = Assert.Single(json.RootElement.GetProperty("remedies").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, remedy.GetProperty("condition").ValueKind);
        Assert.Equal("remedy.wait", remedy.GetProperty("kind").GetString());

        // The writer the command line and the service use writes the same text.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Encoder = Beibei.Rules.Serialization.BeibeiRulesJson.Options.Encoder }))
        {
            Beibei.Rules.Serialization.BeibeiRulesJson.Write(writer, trace.Decision);
        }

        Assert.Equal(serialized, System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
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

    [Fact]
    public void EveryClauseThatAdvisesAgainst_IsListedInTheAdvice_InThePolicysOrder()
    {
        var evaluator = With(
        [
            new Scripted((_, outcome) => outcome.AdvisesAgainst(), id: "example.first-advice"),
            new Scripted((_, outcome) => outcome.Permits(), id: "example.no-advice"),
            new Scripted((_, outcome) => outcome.AdvisesAgainst(), id: "example.second-advice"),
        ]);

        var decision = evaluator.Decide(new PersonFacts { Region = "north" }, Trip, Noon).Value!;

        Assert.Equal(Verdict.Allowed, decision.Verdict);
        Assert.Equal(["example.first-advice", "example.second-advice"], decision.Advice.Select(a => a.ClauseId));
    }

    [Fact]
    public void AClauseThatSupersedes_LeavesNoAdviceDutyOrRemedyOfAnyClause()
    {
        var evaluator = With(
        [
            new Scripted((_, outcome) => outcome.AdvisesAgainst().Oblige(Standing, null, null, startedByQuestion: false), id: "example.advising"),
            new Scripted((context, outcome) => outcome.Denies().Add(RemedyKind.Wait, context.At + Duration.FromHours(1)), id: "example.denying"),
            new Scripted((_, outcome) => outcome.Set(Effect.Supersedes), id: "example.superseding"),
        ]);

        var decision = evaluator.Decide(new PersonFacts { Region = "north" }, Trip, Noon).Value!;

        Assert.Equal(Verdict.Denied, decision.Verdict);
        Assert.Contains(decision.Reasons, r => r.ClauseId == "example.superseding");
        Assert.Empty(decision.Advice);
        Assert.Empty(decision.Obligations);
        Assert.Empty(decision.Remedies);
    }

    [Fact]
    public void AProofAClauseReliedOn_IsInItsReason_AlsoWithoutConditions()
    {
        var sampled = Noon - Duration.FromHours(3);
        var person = new PersonFacts { Region = "north", Tests = [TestRecord.Negative(sampled, Noon - Duration.FromHours(1))] };
        var evaluator = With(new Scripted((context, outcome) => outcome.Permits(new ProofFound(0, sampled, sampled + Duration.FromHours(48)))));

        var decision = evaluator.Decide(person, Trip, Noon).Value!;

        var reason = Assert.Single(decision.Reasons, r => r.ClauseId == ClauseId);
        Assert.Empty(reason.Conditions);
        Assert.NotNull(reason.Proof);
        Assert.Equal((sampled, sampled + Duration.FromHours(48)), (reason.Proof.Test.Sampled, reason.Proof.Expires));
    }

    [Fact]
    public void ATraceOfAClauseWithoutAChangePoint_SaysNone_AfterATraceThatHadAnInclusiveOne()
    {
        // One evaluator, one thread: the second trace reuses the buffers the first wrote its change point into.
        var evaluator = With(new Scripted((context, outcome) =>
        {
            outcome.Permits();
            if (context.Facts.Tests.Length > 0)
            {
                outcome.ChangesAfter(context.At + Duration.FromHours(1));
            }
        }));
        var tested = new PersonFacts { Region = "north", Tests = [TestRecord.Negative(Noon - Duration.FromHours(3), Noon - Duration.FromHours(1))] };

        var first = evaluator.Trace(tested, Trip, Noon).Value!.Clauses.Single(c => c.ClauseId == ClauseId);
        var second = evaluator.Trace(new PersonFacts { Region = "north" }, Trip, Noon).Value!.Clauses.Single(c => c.ClauseId == ClauseId);

        Assert.Equal((Noon + Duration.FromHours(1), true), (first.NextChange, first.NextChangeIncluded));
        Assert.Equal((ClauseEffect.Permits, null, false), (second.Effect, second.NextChange, second.NextChangeIncluded));
    }

    [Fact]
    public void AClauseThatStatesChangePointsWithoutEnd_StillGetsAnAnswer_AndATimeline()
    {
        // Every evaluation states a change one second ahead and never changes: the sweep for valid-until and the timeline
        // stop after a bounded number of steps instead of stepping through a policy in force until the year 9000.
        var options = new PolicyOptions { InForceUntil = Instant.FromUtc(9000, 1, 1, 0, 0) };
        var evaluator = With(new Scripted((context, outcome) => outcome.Permits().ChangesAt(context.At + Duration.FromSeconds(1))), options);
        var person = new PersonFacts { Region = "north" };

        var decision = evaluator.Decide(person, Trip, Noon).Value!;
        var timeline = evaluator.Timeline(person, Trip, Noon, Noon + Duration.FromDays(365 * 1000)).Value!;

        Assert.Equal(Verdict.Allowed, decision.Verdict);
        Assert.Null(decision.ValidUntil);
        var segment = Assert.Single(timeline.Segments);
        Assert.Equal((Noon, Noon + Duration.FromDays(365 * 1000), Verdict.Allowed), (segment.From, segment.Until, segment.Verdict));
        Assert.Contains(ClauseId, segment.Reasons);
    }

    [Fact]
    public void AClauseThatAsksAnotherEvaluator_InsideItsEvaluation_LeavesTheOuterDecisionAsItWas()
    {
        // Re-entrant on one thread: the inner decision must work in buffers of its own, not in the outer one's.
        var inner = new Evaluator(Policy.Chongqing2022, new PolicyOptions());
        var innerPerson = new PersonFacts { Region = "jiangbei", Tests = [TestRecord.Negative(Noon - Duration.FromHours(30), Noon - Duration.FromHours(20))] };
        Verdict? innerVerdict = null;
        var asking = With(new Scripted((context, outcome) =>
        {
            innerVerdict = inner.Decide(innerPerson, new Travel("hechuan", Purpose.Essential), context.At).Value!.Verdict;
            outcome.Denies().Add(RemedyKind.Wait, context.At + Duration.FromHours(1), "example-condition");
        }));
        var quiet = With(new Scripted((context, outcome) => outcome.Denies().Add(RemedyKind.Wait, context.At + Duration.FromHours(1), "example-condition")));
        var person = new PersonFacts { Region = "north" };

        var asked = asking.Decide(person, Trip, Noon).Value!;
        var alone = quiet.Decide(person, Trip, Noon).Value!;

        Assert.Equal(Verdict.Denied, innerVerdict);
        var askedJson = System.Text.Json.Nodes.JsonNode.Parse(Beibei.Rules.Serialization.BeibeiRulesJson.Serialize(asked))!.AsObject();
        var aloneJson = System.Text.Json.Nodes.JsonNode.Parse(Beibei.Rules.Serialization.BeibeiRulesJson.Serialize(alone))!.AsObject();
        askedJson.Remove("policy");
        aloneJson.Remove("policy");
        Assert.Equal(aloneJson.ToJsonString(), askedJson.ToJsonString());
        Assert.Contains(asked.Reasons, r => r.ClauseId == ClauseId);
    }

    [Fact]
    public async Task AClauseThatAsksAnEvaluatorOfTheSameSize_OnItsThreadsFirstDecision_LeavesTheOuterDecisionAsItWas()
    {
        // The thread's first decision builds the thread's workspace: it must be lent from the start, or the inner decision,
        // whose policy fits in it, would take it over while the outer one is still working in it.
        var inner = With(new Scripted((context, outcome) => outcome.Denies(), id: "example.inner"));
        var person = new PersonFacts { Region = "north" };
        Verdict? innerVerdict = null;
        var asking = With(new Scripted((context, outcome) =>
        {
            innerVerdict = inner.Decide(person, Trip, context.At).Value!.Verdict;
            outcome.Permits().ChangesAt(context.At + Duration.FromHours(2));
        }));
        var alone = With(new Scripted((context, outcome) => outcome.Permits().ChangesAt(context.At + Duration.FromHours(2)))).Decide(person, Trip, Noon).Value!;

        Decision? asked = null;
        await Task.Factory.StartNew(() => asked = asking.Decide(person, Trip, Noon).Value, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        Assert.Equal(Verdict.Denied, innerVerdict);
        Assert.NotNull(asked);
        Assert.Equal((alone.Verdict, alone.ValidUntil), (asked.Verdict, asked.ValidUntil));
        Assert.Equal(alone.Reasons.Select(r => r.ClauseId), asked.Reasons.Select(r => r.ClauseId));
    }

    [Theory]
    [InlineData("trace")]
    [InlineData("timeline")]
    public async Task ATraceAndATimeline_GiveTheThreadsWorkspaceBack(string call)
    {
        // A workspace left lent would make every later decision on the thread build one of its own (several kilobytes).
        var evaluator = With(new Scripted((context, outcome) => outcome.Permits().ChangesAt(context.At + Duration.FromHours(2))));
        var person = new PersonFacts { Region = "north" };
        long allocated = -1;
        await Task.Factory.StartNew(
            () =>
            {
                evaluator.TryDecideVerdict(person, Trip, Noon, out _);
                _ = call == "trace"
                    ? evaluator.Trace(person, Trip, Noon).IsValid
                    : evaluator.Timeline(person, Trip, Noon, Noon + Duration.FromDays(1)).IsValid;
                var before = GC.GetAllocatedBytesForCurrentThread();
                for (var i = 0; i < 100; i++)
                {
                    evaluator.TryDecideVerdict(person, Trip, Noon, out _);
                }

                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        Assert.InRange(allocated, 0, 1024);
    }

    [Fact]
    public void ATimeline_SplitsAtEveryInstantAFactBecomesKnown_ThoughNoClauseReportsIt()
    {
        // The clause reports no change point: only the engine's reveal instants can show it that a fact became known. It
        // denies while an odd number of facts is known, so each fact revealed flips the verdict.
        var hour = Duration.FromHours(1);
        var person = new PersonFacts
        {
            Region = "north",
            Tests = [TestRecord.Negative(Noon + hour, Noon + (2 * hour))],
            Arrival = new Arrival("hills", Noon + (3 * hour), Reported: Noon + (4 * hour)),
            Reports = [new Report("south", Noon + (5 * hour))],
            HealthCodeReported = Noon + (6 * hour),
            Exposure = new Exposure(Noon + (7 * hour), Noon + (8 * hour)),
            Isolation = new Isolation(Noon + (9 * hour), Noon + (30 * hour)),
            ControlArea = new ControlArea(ControlLevel.Medium, Noon + (10 * hour), Noon + (40 * hour)),
        };
        var evaluator = With(new Scripted((context, outcome) =>
        {
            if (KnownPieces(context.Facts) % 2 == 1)
            {
                outcome.Denies();
            }
            else
            {
                outcome.Permits();
            }
        }));

        var timeline = evaluator.Timeline(person, Trip, Noon, Noon + Duration.FromDays(1)).Value!;

        Assert.Equal(Enumerable.Range(0, 11).Select(h => Noon + (h * hour)), timeline.Segments.Select(s => s.From));
        Assert.Equal(Enumerable.Range(0, 11).Select(h => h % 2 == 0 ? Verdict.Allowed : Verdict.Denied), timeline.Segments.Select(s => s.Verdict));
        Assert.All(timeline.Segments.SkipLast(1), s => Assert.False(s.UntilIncluded));
    }

    private static int KnownPieces(Facts facts)
    {
        var pieces = facts.Tests.Length + facts.Reports.Length;
        foreach (var test in facts.Tests)
        {
            pieces += test.Result == TestResult.Pending ? 0 : 1;
        }

        pieces += facts.Arrival is { } arrival ? 1 + (arrival.Reported is null ? 0 : 1) : 0;
        pieces += facts.Exposure is { } exposure ? 1 + (exposure.Reported is null ? 0 : 1) : 0;
        pieces += (facts.HealthCodeReported is null ? 0 : 1) + (facts.Isolation is null ? 0 : 1) + (facts.ControlArea is null ? 0 : 1);
        return pieces;
    }

    /// <summary>An example clause that does what it is told.</summary>
    private sealed class Scripted(Action<ClauseContext, Outcomes> evaluate, Reach? reach = null, string id = ClauseId) : Clause
    {
        public override string Id => id;

        public override Citation Citation { get; } = new([Source], "EX 9", "(an example)", new LocalizedText("An example.", "示例。"));

        public override Reach Reach => reach ?? Reach.Everywhere;

        protected internal override void Evaluate(ClauseContext context, Outcomes outcome) => evaluate(context, outcome);
    }
}
