using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary>The Chongqing 2022 policy built from its two layers on the public <see cref="Policy.Create"/>: the city's
/// rules (<c>chongqing</c>, CQ-136 and the national NHC-9 it applies) and Beibei's letter (<c>beibei</c>,
/// BB-LETTER).</summary>
internal static class Chongqing2022Layers
{
    /// <summary>The city layer's id.</summary>
    public const string City = "chongqing";

    /// <summary>The district layer's id.</summary>
    public const string District = "beibei";

    /// <summary>Chongqing's calendar days: Beijing time (tzdb <c>Asia/Shanghai</c>, +08:00 without daylight saving since
    /// 1991). The sources write every time as Beijing time ("24时", "11月12日") and never name a zone; this is the
    /// interpretation.</summary>
    public static readonly LocalDays Days = new(NodaTime.DateTimeZoneProviders.Tzdb["Asia/Shanghai"], new LocalizedText("Beijing time", "北京时间"));

    public static Policy Build()
    {
        var city = Layer.Create(City, [Sources.Cq136, Sources.Nhc9])
            .Add(new Infected())
            .Add(new TestProof())
            .Add(new CentralCityZone())
            .Add(new CentralCityStay())
            .Add(new CentralCityInbound())
            .Add(new CentralCityLeaveConditions())
            .Add(new LandAndTest())
            .Add(new PublicPlaces())
            .Add(new DailyTest())
            .Add(new HomeIsolation())
            .Add(new ControlAreas());
        var district = Layer.Create(District, [Sources.BbLetter])
            .Governing([Chongqing2022Regions.Beibei])
            .Add(new BeibeiStayInDistrict())
            .Add(new BeibeiNoGathering())
            .Add(new BeibeiArrivalReport())
            .Add(new BeibeiHealthCode())
            .Add(new BeibeiSymptoms())
            .Add(new BeibeiMask());
        return Policy.Create(
            "chongqing-2022-11",
            "2",
            new Citation(
                [Sources.Cq136, Sources.BbLetter],
                "CQ-136 导语; BB-LETTER",
                "11月9日,市政府新闻办举行第136场新冠肺炎疫情防控工作新闻发布会",
                new LocalizedText(
                    "The policy is not in force at this instant, so none of its clauses applies.",
                    "此时政策不在有效期内，其条款均不适用。")),
            Chongqing2022Regions.Table,
            Days,
            [city, district],
            NotEvaluableClauses.All,
            TestProof.FindAmong);
    }
}
