using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Policies.Chongqing2022;
using Beibei.Rules.Questions;
using NodaTime;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Policies;

public class TestProofTests
{
    private static readonly Instant At = T("2022-11-12T10:00:00+08:00");
    private static readonly PolicyOptions Defaults = new();

    [Theory]
    [InlineData("2022-11-10T10:00:00.000000001+08:00", true)]
    [InlineData("2022-11-10T10:00:00+08:00", true)]
    [InlineData("2022-11-10T09:59:59.999999999+08:00", false)]
    public void Find_SampledAroundFortyEightHoursAgo_InclusiveAtExactlyFortyEight(string sampled, bool valid)
    {
        var proof = TestProof.Find([TestRecord.Negative(T(sampled), T("2022-11-10T20:00:00+08:00"))], At, Defaults);

        Assert.Equal(valid, proof is not null);
        if (proof is not null)
        {
            Assert.Equal(T(sampled) + Duration.FromHours(48), proof.Expires);
            Assert.Equal(T(sampled), proof.Anchor);
        }
    }

    [Theory]
    [InlineData("2022-11-10T10:01:00+08:00", true)]
    [InlineData("2022-11-10T10:00:00+08:00", true)]
    [InlineData("2022-11-10T09:59:00+08:00", false)]
    public void Find_ResultAnchor_CountsFromTheResult(string resulted, bool valid)
    {
        var options = new PolicyOptions { ProofAnchor = ProofAnchor.Resulted };
        var proof = TestProof.Find([TestRecord.Negative(T("2022-11-10T06:00:00+08:00"), T(resulted))], At, options);

        Assert.Equal(valid, proof is not null);
        Assert.Equal(valid ? T(resulted) : null, proof?.Anchor);
    }

    [Fact]
    public void Find_PendingOrPositive_ProvesNothing()
    {
        TestRecord[] tests = [TestRecord.Pending(T("2022-11-12T07:00:00+08:00")), TestRecord.Positive(T("2022-11-11T07:00:00+08:00"), T("2022-11-11T17:00:00+08:00"))];
        Assert.Null(TestProof.Find(tests, At, Defaults));
    }

    [Fact]
    public void Find_ResultOrSamplingAfterTheInstant_ProvesNothingYet()
    {
        Assert.Null(TestProof.Find([Negative("2022-11-12T07:00:00+08:00", "2022-11-12T10:00:01+08:00")], At, Defaults));
        Assert.Null(TestProof.Find([Negative("2022-11-12T10:00:01+08:00", "2022-11-12T10:00:02+08:00")], At, Defaults));
        Assert.NotNull(TestProof.Find([Negative("2022-11-12T07:00:00+08:00", "2022-11-12T10:00:00+08:00")], At, Defaults));
    }

    [Fact]
    public void Find_SeveralValidTests_TakesTheLatestExpiry()
    {
        var newer = Negative("2022-11-11T08:00:00+08:00", "2022-11-11T16:00:00+08:00");
        var older = Negative("2022-11-10T12:00:00+08:00", "2022-11-10T22:00:00+08:00");

        var proof = TestProof.Find([newer, older], At, Defaults);

        Assert.Same(newer, proof?.Test);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reason_SeveralValidTestsInAnyOrder_NamesTheOneThatExpiresLast(bool newerFirst)
    {
        var newer = Negative("2022-11-11T08:00:00+08:00", "2022-11-11T16:00:00+08:00");
        var older = Negative("2022-11-10T12:00:00+08:00", "2022-11-10T22:00:00+08:00");

        var proof = ProofInReason(newerFirst ? [newer, older] : [older, newer], Defaults);

        Assert.Same(newer, proof.Test);
        Assert.Equal(T("2022-11-13T08:00:00+08:00"), proof.Expires);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reason_TwoTestsSampledAtTheSameInstant_NamesTheOneListedFirst(bool swapped)
    {
        // Both expire together: the tie goes to the order listed, the same in the engine and in Find.
        var early = Negative("2022-11-11T08:00:00+08:00", "2022-11-11T14:00:00+08:00");
        var late = Negative("2022-11-11T08:00:00+08:00", "2022-11-11T20:00:00+08:00");
        TestRecord[] tests = swapped ? [late, early] : [early, late];

        var proof = ProofInReason(tests, Defaults);

        Assert.Same(tests[0], proof.Test);
        Assert.Same(tests[0], TestProof.Find(tests, At, Defaults)?.Test);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reason_TwoTestsResultedTogetherUnderTheResultAnchor_NamesTheFirstSampled_AsFindDoes(bool earlierSampledFirst)
    {
        var options = new PolicyOptions { ProofAnchor = ProofAnchor.Resulted };
        var earlierSampled = Negative("2022-11-11T06:00:00+08:00", "2022-11-11T20:00:00+08:00");
        var laterSampled = Negative("2022-11-11T09:00:00+08:00", "2022-11-11T20:00:00+08:00");
        TestRecord[] tests = earlierSampledFirst ? [earlierSampled, laterSampled] : [laterSampled, earlierSampled];

        var proof = ProofInReason(tests, options);

        Assert.Same(earlierSampled, proof.Test);
        Assert.Same(earlierSampled, TestProof.Find(tests, At, options)?.Test);
    }

    [Fact]
    public void Find_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>("tests", () => TestProof.Find(null!, At, Defaults));
        Assert.Throws<ArgumentNullException>("options", () => TestProof.Find([], At, null!));
    }

    [Fact]
    public void Clause_IsNeverAReasonButTheProofAppearsInTheReasonThatNeededIt()
    {
        var person = Person("yuzhong", Negative("2022-11-11T10:00:00+08:00", "2022-11-11T18:00:00+08:00"));

        var decision = new Evaluator(Policy.Chongqing2022, new PolicyOptions()).Decide(person, new EnterPublicPlace(), At).Value!;

        Assert.False(decision.HasReason(TestProof.ClauseId));
        var reason = Assert.Single(decision.Reasons);
        Assert.Equal(PublicPlaces.ClauseId, reason.ClauseId);
        Assert.Equal(T("2022-11-13T10:00:00+08:00"), reason.Proof?.Expires);
        Assert.Equal(reason.Proof?.Expires, decision.ValidUntil);
        Assert.True(decision.ValidUntilIncluded);
    }

    [Fact]
    public void ValidUntil_IsTheExpiry_AndTheVerdictChangesJustAfterIt()
    {
        var person = Person("yuzhong", Negative("2022-11-11T10:00:00+08:00", "2022-11-11T18:00:00+08:00"));
        var evaluator = new Evaluator(Policy.Chongqing2022, new PolicyOptions());
        var expiry = T("2022-11-13T10:00:00+08:00");

        Assert.Equal(Verdict.Allowed, evaluator.Decide(person, new EnterPublicPlace(), expiry).Value!.Verdict);
        Assert.Equal(Verdict.Denied, evaluator.Decide(person, new EnterPublicPlace(), expiry + Duration.Epsilon).Value!.Verdict);
    }

    private static Proof ProofInReason(TestRecord[] tests, PolicyOptions options)
    {
        var decision = new Evaluator(Policy.Chongqing2022, options).Decide(Person("yuzhong", tests), new EnterPublicPlace(), At).Value!;
        return Assert.Single(decision.Reasons).Proof!;
    }

    [Theory]
    [InlineData(ProofAnchor.Sampled, "2022-11-12T06:00:00+08:00")]
    [InlineData(ProofAnchor.Resulted, "2022-11-12T09:00:00+08:00")]
    public void AnExpiredTest_IsTheNegativeProofsFact_ExpiredAtTheEndOfItsWindowFromItsAnchor(ProofAnchor anchor, string expired)
    {
        // Sampled at 06:00 and resulted at 09:00 on 10 November: both windows have ended by 10:00 on the 12th.
        var person = Person("jiangbei", Negative("2022-11-10T06:00:00+08:00", "2022-11-10T09:00:00+08:00")) with
        {
            Reports = [new Report("fuling", T("2022-11-11T20:00:00+08:00"))],
        };
        var evaluator = new Evaluator(Policy.Chongqing2022, new PolicyOptions { ProofAnchor = anchor });

        var decision = evaluator.Decide(person, new Travel("fuling", Purpose.Essential), At).Value!;

        var condition = Assert.Single(decision.Reasons.Single(r => r.ClauseId == CentralCityLeaveConditions.ClauseId).Conditions, c => c.Id == CommonConditions.NegativeProof);
        Assert.False(condition.Met);
        Assert.Equal(new TestFact(person.Tests[0], TestStanding.Expired, T(expired)), condition.Fact);
    }

    [Fact]
    public void Find_RefusesNullWithTheArgumentsName()
    {
        Assert.Equal("tests", Assert.Throws<ArgumentNullException>(() => TestProof.Find(null!, At, Defaults)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => TestProof.Find([], At, null!)).ParamName);
    }
}
