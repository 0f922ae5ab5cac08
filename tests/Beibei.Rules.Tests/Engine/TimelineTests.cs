using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using NodaTime;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Engine;

public class TimelineTests
{

    public static TheoryData<string> Scenarios => [.. ScenarioFacts.Keys];

    private static readonly Dictionary<string, (PersonFacts Person, Question Ask, Instant From, Instant Until)> ScenarioFacts = new()
    {
        ["land-and-test"] = (
            new PersonFacts
            {
                Region = "hechuan",
                Arrival = new Arrival("yuzhong", T("2022-11-12T10:00:00+08:00")),
                Tests =
                [
                    Negative("2022-11-12T12:00:00+08:00", "2022-11-12T20:00:00+08:00"),
                    Negative("2022-11-13T12:00:00+08:00", "2022-11-13T20:00:00+08:00"),
                ],
            },
            new LeaveHome(Purpose.Essential),
            T("2022-11-12T08:00:00+08:00"),
            T("2022-11-15T08:00:00+08:00")),
        ["proof-expiry"] = (
            Person("jiangbei", Negative("2022-11-11T08:00:00+08:00", "2022-11-11T15:00:00+08:00"), Negative("2022-11-13T09:00:00+08:00", "2022-11-13T18:00:00+08:00")) with
            {
                Reports = [new Report("fuling", T("2022-11-11T20:00:00+08:00"))],
            },
            new Travel("fuling", Purpose.Essential),
            T("2022-11-11T00:00:00+08:00"),
            T("2022-11-16T00:00:00+08:00")),
        ["isolation-and-control"] = (
            Person("nanan") with
            {
                Isolation = new Isolation(T("2022-11-12T10:00:00+08:00")),
                ControlArea = new ControlArea(ControlLevel.High, T("2022-11-15T00:00:00+08:00"), T("2022-11-22T00:00:00+08:00")),
            },
            new LeaveHome(Purpose.Essential),
            T("2022-11-09T00:00:00+08:00"),
            T("2022-12-08T00:00:00+08:00")),
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Timeline_AgreesWithDecisionsAtEveryInstantSampled(string scenario)
    {
        var (person, ask, from, until) = ScenarioFacts[scenario];
        var timeline = Default.Timeline(person, ask, from, until).Value!;
        var random = new Random(20221110);
        var span = (until - from).TotalNanoseconds;

        var instants = new List<Instant>();
        foreach (var segment in timeline.Segments)
        {
            // Every boundary, just inside and just outside it.
            instants.AddRange([segment.From - Duration.Epsilon, segment.From, segment.From + Duration.Epsilon, segment.Until - Duration.Epsilon, segment.Until, segment.Until + Duration.Epsilon]);
        }

        for (var i = 0; i < 300; i++)
        {
            instants.Add(from + Duration.FromNanoseconds((long)(random.NextDouble() * (double)span)));
        }

        foreach (var instant in instants.Where(i => i >= from && i <= until))
        {
            var segment = timeline.SegmentAt(instant);
            var decision = Default.Decide(person, ask, instant).Value!;
            Assert.NotNull(segment);
            Assert.Equal(decision.Verdict, segment.Verdict);
            Assert.Equal(decision.Reasons.Select(r => r.ClauseId), segment.Reasons);
        }
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Timeline_SegmentsAreContiguousAndCoverTheSpan(string scenario)
    {
        var (person, ask, from, until) = ScenarioFacts[scenario];
        var segments = Default.Timeline(person, ask, from, until).Value!.Segments;

        Assert.Equal(from, segments[0].From);
        Assert.True(segments[0].FromIncluded);
        Assert.Equal(until, segments[^1].Until);
        for (var i = 1; i < segments.Count; i++)
        {
            Assert.Equal(segments[i - 1].Until, segments[i].From);
            Assert.NotEqual(segments[i - 1].UntilIncluded, segments[i].FromIncluded);
            Assert.True(segments[i - 1].Verdict != segments[i].Verdict || !segments[i - 1].Reasons.SequenceEqual(segments[i].Reasons));
        }
    }

    [Fact]
    public void Timeline_LandAndTest_ShowsWhenTheTravellerHadToStayHome()
    {
        var (person, ask, from, until) = ScenarioFacts["land-and-test"];

        var segments = Default.Timeline(person, ask, from, until).Value!.Segments;

        Assert.Collection(
            segments,
            s => Assert.Equal((Verdict.Allowed, T("2022-11-12T10:00:00+08:00"), false), (s.Verdict, s.Until, s.UntilIncluded)),
            s => Assert.Equal((Verdict.Denied, T("2022-11-13T20:00:00+08:00"), false, "cq.land-and-test"), (s.Verdict, s.Until, s.UntilIncluded, s.Reasons.Single())),
            s => Assert.Equal((Verdict.Allowed, until), (s.Verdict, s.Until)));
    }

    [Fact]
    public void Timeline_ProofExpiry_EndsTheSegmentInclusively()
    {
        var (person, ask, from, until) = ScenarioFacts["proof-expiry"];

        var segments = Default.Timeline(person, ask, from, until).Value!.Segments;

        var firstAllowed = segments.First(s => s.Verdict == Verdict.Allowed);
        Assert.Equal(T("2022-11-11T20:00:00+08:00"), firstAllowed.From);
        Assert.Equal(T("2022-11-13T08:00:00+08:00"), firstAllowed.Until);
        Assert.True(firstAllowed.UntilIncluded);
        var lastAllowed = segments.Last(s => s.Verdict == Verdict.Allowed);
        Assert.Equal(T("2022-11-13T18:00:00+08:00"), lastAllowed.From);
        Assert.Equal(T("2022-11-15T09:00:00+08:00"), lastAllowed.Until);
    }

    [Fact]
    public void SegmentContains_HonoursBothBoundaries()
    {
        var open = new TimelineSegment(Noon12th, false, Noon12th + Duration.FromHours(1), false, Verdict.Allowed, []);
        var closed = open with { FromIncluded = true, UntilIncluded = true };

        Assert.False(open.Contains(Noon12th));
        Assert.True(open.Contains(Noon12th + Duration.Epsilon));
        Assert.False(open.Contains(Noon12th + Duration.FromHours(1)));
        Assert.True(closed.Contains(Noon12th));
        Assert.True(closed.Contains(Noon12th + Duration.FromHours(1)));
        Assert.False(closed.Contains(Noon12th + Duration.FromHours(1) + Duration.Epsilon));
    }

    [Fact]
    public void Timeline_UntilBeforeFrom_IsAnInputError()
    {
        var result = Default.Timeline(Person("yuzhong"), new LeaveHome(Purpose.Essential), Noon12th, Noon12th - Duration.Epsilon);

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal((ErrorCodes.ValueOutOfRange, "until"), (error.Code, error.Field));
        Assert.Equal("The timeline's end is before its start.", error.Message);
    }

    [Fact]
    public void Timeline_AFactLearnedExactlyAtItsEnd_DecidesItsLastInstant()
    {
        // A resident of Yuzhong leaving the central city with a report and a pending test: denied until the negative
        // result is out, at 12:00, which is the timeline's end: the end itself is decided as a decision there is.
        var result = T("2022-11-12T12:00:00+08:00");
        var person = Person("yuzhong") with
        {
            Tests = [new TestRecord(T("2022-11-12T08:00:00+08:00"), TestResult.Negative, result)],
            Reports = [new Report("hechuan", T("2022-11-12T07:00:00+08:00"))],
        };
        var trip = new Travel("hechuan", Purpose.Essential);
        Assert.Equal(Verdict.Denied, Default.Decide(person, trip, result - Duration.Epsilon).Value!.Verdict);
        Assert.Equal(Verdict.Allowed, Default.Decide(person, trip, result).Value!.Verdict);

        var timeline = Default.Timeline(person, trip, Noon12th - Duration.FromHours(3), result).Value!;

        var last = timeline.Segments[^1];
        Assert.Equal((result, true, result, true, Verdict.Allowed), (last.From, last.FromIncluded, last.Until, last.UntilIncluded, last.Verdict));
        Assert.Equal(Verdict.Denied, timeline.Segments[^2].Verdict);
        Assert.Equal((result, false), (timeline.Segments[^2].Until, timeline.Segments[^2].UntilIncluded));
    }

    [Fact]
    public void Timeline_BadFacts_AreReportedNotEvaluated()
    {
        var result = Default.Timeline(Person("atlantis"), new LeaveHome(Purpose.Essential), Noon12th, Noon12th);

        Assert.Equal(ErrorCodes.RegionUnknown, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void SegmentAt_OutsideTheSpan_IsNull()
    {
        var timeline = Default.Timeline(Person("yuzhong"), new LeaveHome(Purpose.Essential), Noon12th, Noon12th + Duration.FromHours(1)).Value!;

        Assert.Null(timeline.SegmentAt(Noon12th - Duration.Epsilon));
        Assert.NotNull(timeline.SegmentAt(Noon12th));
    }
}
