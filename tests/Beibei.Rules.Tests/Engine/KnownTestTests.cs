using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using NodaTime;

namespace Beibei.Rules.Tests.Engine;

/// <summary><see cref="KnownTest.AsKnownAt"/>, the as-of rule a policy's own helpers use for tests other than the facts
/// loaded: asked directly, with the boundaries of sampling and result on, just before and just after the instant.</summary>
public class KnownTestTests
{
    private static readonly Instant At = Instant.FromUtc(2022, 11, 12, 1, 0);
    private static readonly Duration Tick = Duration.FromTicks(1);

    [Fact]
    public void ATestSampledAfterTheInstant_IsNotKnown_OneSampledAtIt_Is()
    {
        var known = KnownTest.AsKnownAt([TestRecord.Pending(At + Tick), TestRecord.Pending(At), TestRecord.Pending(At - Tick)], At);

        Assert.Equal([At - Tick, At], known.Select(t => t.Sampled));
        Assert.Equal([2, 1], known.Select(t => t.Source));
    }

    [Fact]
    public void AResultOutAtTheInstant_IsKnown_OneOutAfterIt_IsStillPending()
    {
        var sampled = At - Duration.FromHours(10);
        TestRecord[] tests =
        [
            TestRecord.Negative(sampled, At),
            TestRecord.Positive(sampled, At + Tick),
            TestRecord.Negative(sampled, At - Tick),
        ];

        var known = KnownTest.AsKnownAt(tests, At);

        Assert.Equal([TestResult.Negative, TestResult.Pending, TestResult.Negative], known.Select(t => t.Result));
        Assert.Equal([At, At - Tick], new[] { known[0].Resulted, known[2].Resulted });
    }

    [Fact]
    public void AResultWithoutItsTime_IsPending()
    {
        var known = KnownTest.AsKnownAt([new TestRecord(At - Duration.FromHours(1), TestResult.Positive)], At);

        Assert.Equal(TestResult.Pending, Assert.Single(known).Result);
    }

    [Fact]
    public void Tests_ComeInSamplingOrder_TiesInTheOrderListed_NullsSkipped()
    {
        var early = At - Duration.FromHours(30);
        var late = At - Duration.FromHours(5);
        TestRecord?[] tests =
        [
            TestRecord.Pending(late),
            null,
            TestRecord.Negative(early, early + Duration.FromHours(8)),
            TestRecord.Positive(late, late + Duration.FromHours(1)),
            TestRecord.Pending(early),
        ];

        var known = KnownTest.AsKnownAt(tests, At);

        Assert.Equal([2, 4, 0, 3], known.Select(t => t.Source));
        Assert.Equal([early, early, late, late], known.Select(t => t.Sampled));
        Assert.Equal([TestResult.Negative, TestResult.Pending, TestResult.Pending, TestResult.Positive], known.Select(t => t.Result));
    }

    [Fact]
    public void NoTests_GiveNone_AndNullIsRefusedWithTheArgumentsName()
    {
        Assert.Empty(KnownTest.AsKnownAt([], At));
        Assert.Empty(KnownTest.AsKnownAt([null, null], At));
        Assert.Equal("tests", Assert.Throws<ArgumentNullException>(() => KnownTest.AsKnownAt(null!, At)).ParamName);
    }
}
