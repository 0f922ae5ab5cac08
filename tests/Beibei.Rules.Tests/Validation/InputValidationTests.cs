using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Policies.Chongqing2022;
using Beibei.Rules.Questions;
using Beibei.Rules.Validation;
using NodaTime;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Validation;

/// <summary>Each bad input of the catalogue's table that a C# caller can make, with its code and field.
/// (The text-only codes, time.no-offset, time.invalid, key.unknown, ask.not-one and syntax, are the casebook
/// reader's and are tested there.)</summary>
public class InputValidationTests
{
    private static readonly LeaveHome GoOut = new(Purpose.Essential);

    public static TheoryData<string, PersonFacts, Question, string, string> BadInputs => new()
    {
        { "unknown region", Person("atlantis"), GoOut, ErrorCodes.RegionUnknown, "person.region" },
        { "unknown destination", Person("yuzhong"), new Travel("成都", Purpose.Essential), ErrorCodes.RegionUnknown, "ask.travel.to" },
        { "unknown place region", Person("yuzhong"), new EnterPublicPlace("nowhere"), ErrorCodes.RegionUnknown, "ask.enter-public-place.region" },
        { "unknown report destination", Person("yuzhong") with { Reports = [new Report("nowhere", Noon12th)] }, GoOut, ErrorCodes.RegionUnknown, "person.reports[0].to" },
        { "unknown arrival origin", Person("yuzhong") with { Arrival = new Arrival("nowhere", Noon12th) }, GoOut, ErrorCodes.RegionUnknown, "person.arrival.from" },
        { "resulted before sampled", Person("yuzhong", TestRecord.Negative(Noon12th, Noon12th - Duration.Epsilon)), GoOut, ErrorCodes.TestResultedBeforeSampled, "person.tests[0].resulted" },
        { "negative without resulted", Person("yuzhong", new TestRecord(Noon12th, TestResult.Negative)), GoOut, ErrorCodes.TestResultedMissing, "person.tests[0].resulted" },
        { "positive without resulted", Person("yuzhong", Negative("2022-11-11T01:00:00+08:00", "2022-11-11T02:00:00+08:00"), new TestRecord(Noon12th, TestResult.Positive)), GoOut, ErrorCodes.TestResultedMissing, "person.tests[1].resulted" },
        { "isolation ends when it starts", Person("yuzhong") with { Isolation = new Isolation(Noon12th, Noon12th) }, GoOut, ErrorCodes.IsolationUntilBeforeFrom, "person.isolation.until" },
        { "control area ends before it starts", Person("yuzhong") with { ControlArea = new ControlArea(ControlLevel.High, Noon12th, Noon12th - Duration.Epsilon) }, GoOut, ErrorCodes.IsolationUntilBeforeFrom, "person.control-area.until" },
        { "arrival from own region", Person("beibei") with { Arrival = new Arrival("北碚", Noon12th) }, GoOut, ErrorCodes.ArrivalFromEqualsRegion, "person.arrival.from" },
        { "temperature just under 30", Person("yuzhong") with { Temperature = 29.99m }, GoOut, ErrorCodes.TemperatureOutOfRange, "person.temperature" },
        { "temperature just over 45", Person("yuzhong") with { Temperature = 45.01m }, GoOut, ErrorCodes.TemperatureOutOfRange, "person.temperature" },
        { "unknown purpose", Person("yuzhong"), new LeaveHome((Purpose)42), ErrorCodes.ValueUnknown, "ask.leave-home.purpose" },
        { "unknown travel purpose", Person("yuzhong"), new Travel("hechuan", (Purpose)42), ErrorCodes.ValueUnknown, "ask.travel.purpose" },
        { "unknown place kind", Person("yuzhong"), new EnterPublicPlace(null, (PlaceKind)42), ErrorCodes.ValueUnknown, "ask.enter-public-place.kind" },
        { "unknown gathering kind", Person("yuzhong"), new Gathering((GatheringKind)42), ErrorCodes.ValueUnknown, "ask.gathering.kind" },
        { "unknown result", Person("yuzhong", new TestRecord(Noon12th, (TestResult)42, Noon12th)), GoOut, ErrorCodes.ValueUnknown, "person.tests[0].result" },
        { "unknown health code", Person("yuzhong") with { HealthCode = (HealthCode)42 }, GoOut, ErrorCodes.ValueUnknown, "person.health-code" },
        { "unknown symptom", Person("yuzhong") with { Symptoms = [(Symptom)42] }, GoOut, ErrorCodes.ValueUnknown, "person.symptoms[0]" },
        { "entered a second after the arrival", Person("beibei") with { Arrival = new Arrival("yubei", Noon12th, Entered: Noon12th + Duration.Epsilon) }, GoOut, ErrorCodes.ArrivalEnteredAfterArrival, "person.arrival.entered" },
        { "arrives a tick before the instant asked about", Person("yuzhong"), new Travel("hechuan", Purpose.Essential, Noon12th - Duration.Epsilon), ErrorCodes.TravelArrivesBeforeAt, "ask.travel.arrives" },
        { "unknown control level", Person("yuzhong") with { ControlArea = new ControlArea((ControlLevel)42, Noon12th) }, GoOut, ErrorCodes.ValueUnknown, "person.control-area.level" },
        { "empty region", Person(""), GoOut, ErrorCodes.KeyMissing, "person.region" },
        { "null test", Person("yuzhong") with { Tests = [null!] }, GoOut, ErrorCodes.KeyMissing, "person.tests[0]" },
        { "null test list", Person("yuzhong") with { Tests = null! }, GoOut, ErrorCodes.KeyMissing, "person.tests" },
        { "empty destination", Person("yuzhong"), new Travel("", Purpose.Essential), ErrorCodes.KeyMissing, "ask.travel.to" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Decide_BadInput_ReportsTheCodeAndField(string what, PersonFacts person, Question question, string code, string field)
    {
        var result = Default.Decide(person, question, Noon12th);

        Assert.False(result.IsValid, what);
        Assert.Null(result.Value);
        Assert.Contains(result.Errors, e => e.Code == code && e.Field == field);
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    [Theory]
    [InlineData(30)]
    [InlineData(45)]
    public void Decide_TemperatureOnTheBoundary_IsAccepted(int celsius) =>
        Assert.True(Default.Decide(Person("yuzhong") with { Temperature = celsius }, GoOut, Noon12th).IsValid);

    [Fact]
    public void Decide_TestResultedTheInstantItWasSampled_IsAccepted() =>
        Assert.True(Default.Decide(Person("yuzhong", TestRecord.Negative(Noon12th, Noon12th)), GoOut, Noon12th).IsValid);

    [Fact]
    public void Decide_NullPersonAndQuestion_AreMissingKeysNotExceptions()
    {
        var result = Default.Decide(null, null, Noon12th);

        Assert.Equal([("key.missing", "person"), ("key.missing", "ask")], result.Errors.Select(e => (e.Code, e.Field)));
    }

    [Fact]
    public void Decide_SeveralProblems_ReportsEveryOne()
    {
        var person = new PersonFacts
        {
            Region = "atlantis",
            Tests = [new TestRecord(Noon12th, TestResult.Negative)],
            Temperature = 50m,
        };

        var result = Default.Decide(person, new Travel("nowhere", Purpose.Essential), Noon12th);

        Assert.Equal(
            ["person.region", "person.tests[0].resulted", "person.temperature", "ask.travel.to"],
            result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void InputError_ToString_NamesFieldMessageAndCode() =>
        Assert.Equal("person.region: nope (region.unknown)", new InputError("region.unknown", "person.region", "nope").ToString());

    [Fact]
    public void Validators_ArePublicAndUsableOnTheirOwn()
    {
        Assert.False(new PersonFactsValidator(Chongqing2022Regions.Table).Validate(Person("atlantis")).IsValid);
        Assert.True(new TestRecordValidator().Validate(TestRecord.Pending(Noon12th)).IsValid);
        Assert.False(new PolicyOptionsValidator().Validate(new PolicyOptions { IsolationDays = 0 }).IsValid);
        Assert.False(new PolicyOptionsValidator().Validate(new PolicyOptions { FeverThreshold = 29m }).IsValid);
        Assert.False(new PolicyOptionsValidator().Validate(new PolicyOptions { LandAndTestDays = 0 }).IsValid);
        Assert.False(new PolicyOptionsValidator().Validate(new PolicyOptions { LandAndTestGap = Duration.Zero }).IsValid);
        Assert.False(new PolicyOptionsValidator().Validate(new PolicyOptions { DayOne = (DayOne)9, ProofAnchor = (ProofAnchor)9 }).IsValid);
        Assert.True(new PolicyOptionsValidator().Validate(new PolicyOptions()).IsValid);
        Assert.False(new QuestionValidator(Chongqing2022Regions.Table).Validate(new Travel("nowhere", Purpose.Essential)).IsValid);
        Assert.True(new ReportValidator(Chongqing2022Regions.Table).Validate(new Report("渝中", Noon12th)).IsValid);
        Assert.False(new ArrivalValidator(Chongqing2022Regions.Table).Validate(new Arrival("", Noon12th)).IsValid);
        Assert.True(new IsolationValidator().Validate(new Isolation(Noon12th)).IsValid);
        Assert.True(new ControlAreaValidator().Validate(new ControlArea(ControlLevel.Medium, Noon12th)).IsValid);
    }

    [Fact]
    public void Validators_OnTheirBoundaries_AcceptTheInclusiveSideOnly()
    {
        // The validators also run on their own (and report for the evaluator's gate): their boundaries, one by one.
        Assert.True(new TestRecordValidator().Validate(TestRecord.Negative(Noon12th, Noon12th)).IsValid);
        Assert.False(new TestRecordValidator().Validate(TestRecord.Negative(Noon12th, Noon12th - Duration.Epsilon)).IsValid);
        Assert.False(new ControlAreaValidator().Validate(new ControlArea(ControlLevel.High, Noon12th, Noon12th)).IsValid);
        Assert.True(new ControlAreaValidator().Validate(new ControlArea(ControlLevel.High, Noon12th, Noon12th + Duration.Epsilon)).IsValid);
        Assert.False(new PolicyOptionsValidator().Validate(new PolicyOptions { InForceFrom = Noon12th, InForceUntil = Noon12th }).IsValid);
        Assert.True(new PolicyOptionsValidator().Validate(new PolicyOptions { InForceFrom = Noon12th, InForceUntil = Noon12th + Duration.Epsilon }).IsValid);
        Assert.False(new PolicyOptionsValidator().Validate(new PolicyOptions { ProofAnchor = (ProofAnchor)2 }).IsValid);
        Assert.False(new PolicyOptionsValidator().Validate(new PolicyOptions { DayOne = (DayOne)2 }).IsValid);
        Assert.False(new PersonFactsValidator(Chongqing2022Regions.Table).Validate(Person("yuzhong") with { Reports = null! }).IsValid);
        Assert.False(new PersonFactsValidator(Chongqing2022Regions.Table).Validate(Person("yuzhong") with { Symptoms = null! }).IsValid);
    }

    [Fact]
    public void Decide_NullPerson_IsReportedWithTheQuestionsOwnErrors()
    {
        var result = Default.Decide(null, new Travel("nowhere", Purpose.Essential), Noon12th);

        Assert.Equal([("key.missing", "person"), ("region.unknown", "ask.travel.to")], result.Errors.Select(e => (e.Code, e.Field)));
    }

    [Fact]
    public void Decide_NeitherPersonNorQuestion_ReportsBoth_InWords()
    {
        var result = Default.Decide(null, null, Noon12th);

        Assert.Equal(
            [("key.missing", "person", "The person's facts are required."), ("key.missing", "ask", "A question is required.")],
            result.Errors.Select(e => (e.Code, e.Field, e.Message)));
    }

    [Fact]
    public void Decide_BadFactsAndATripArrivingBeforeTheInstant_ReportsBoth()
    {
        var trip = new Travel("hechuan", Purpose.Essential, Arrives: Noon12th - Duration.Epsilon);

        var result = Default.Decide(Person("atlantis"), trip, Noon12th);

        Assert.Equal(
            [("region.unknown", "person.region"), (ErrorCodes.TravelArrivesBeforeAt, "ask.travel.arrives")],
            result.Errors.Select(e => (e.Code, e.Field)));
    }

    [Fact]
    public void Validators_OfRegions_NeedTheirRegionTable()
    {
        Assert.Equal("regions", Assert.Throws<ArgumentNullException>(() => new PersonFactsValidator(null!)).ParamName);
        Assert.Equal("regions", Assert.Throws<ArgumentNullException>(() => new QuestionValidator(null!)).ParamName);
        Assert.Equal("regions", Assert.Throws<ArgumentNullException>(() => new ReportValidator(null!)).ParamName);
        Assert.Equal("regions", Assert.Throws<ArgumentNullException>(() => new ArrivalValidator(null!)).ParamName);
    }

    [Fact]
    public void ErrorCodes_All_HoldsEveryCatalogueCode()
    {
        string[] catalogue =
        [
            "region.unknown", "time.no-offset", "time.invalid", "test.resulted-before-sampled", "test.resulted-missing",
            "isolation.until-before-from", "arrival.from-equals-region", "temperature.out-of-range", "value.unknown",
            "key.unknown", "key.missing", "ask.not-one", "syntax",
        ];

        Assert.All(catalogue, code => Assert.Contains(code, ErrorCodes.All));
    }
}
