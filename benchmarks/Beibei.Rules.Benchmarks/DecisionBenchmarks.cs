using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Beibei.Rules.Benchmarks;

/// <summary>One decision per question kind on realistic facts, and a three-day timeline.</summary>
[MemoryDiagnoser]
public class DecisionBenchmarks
{
    private static readonly Instant At = Instant.FromUtc(2022, 11, 12, 1, 0);
    private readonly Evaluator evaluator = new(Policy.Chongqing2022, new PolicyOptions());

    private readonly PersonFacts traveller = new()
    {
        Region = "jiangbei",
        Tests =
        [
            TestRecord.Negative(Instant.FromUtc(2022, 11, 9, 0, 0), Instant.FromUtc(2022, 11, 9, 8, 0)),
            TestRecord.Negative(Instant.FromUtc(2022, 11, 10, 13, 0), Instant.FromUtc(2022, 11, 10, 22, 0)),
            TestRecord.Pending(Instant.FromUtc(2022, 11, 11, 23, 0)),
        ],
        Reports = [new Report("yubei", Instant.FromUtc(2022, 11, 10, 2, 0)), new Report("fuling", Instant.FromUtc(2022, 11, 11, 12, 0))],
    };

    private readonly PersonFacts landed = new()
    {
        Region = "hechuan",
        Arrival = new Arrival("yuzhong", Instant.FromUtc(2022, 11, 11, 2, 0)),
        Tests = [TestRecord.Negative(Instant.FromUtc(2022, 11, 11, 4, 0), Instant.FromUtc(2022, 11, 11, 12, 0))],
    };

    private readonly PersonFacts beibeiResident = new() { Region = "beibei", HealthCode = HealthCode.Green };

    [Benchmark]
    public object Travel() => evaluator.Decide(traveller, new Travel("fuling", Purpose.Essential), At);

    [Benchmark]
    public object EnterPublicPlace() => evaluator.Decide(traveller, new EnterPublicPlace(Kind: PlaceKind.Supermarket), At);

    [Benchmark]
    public object LeaveHomeDuringLandAndTest() => evaluator.Decide(landed, new LeaveHome(Purpose.Essential), At);

    [Benchmark]
    public object Gathering() => evaluator.Decide(beibeiResident, new Gathering(GatheringKind.Funeral), At);

    [Benchmark]
    public object TimelineOverThreeDays() =>
        evaluator.Timeline(landed, new LeaveHome(Purpose.Essential), At, At + Duration.FromDays(3));
}
