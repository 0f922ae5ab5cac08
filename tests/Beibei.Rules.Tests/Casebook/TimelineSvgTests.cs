using System.Xml.Linq;
using Beibei.Rules.Casebook;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Casebook;

/// <summary>The timeline picture: bands at the segments' instants, the midnights of Asia/Shanghai, the facts and the
/// instant asked, readable back from the SVG.</summary>
public class TimelineSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // A Jiangbei resident with a report and a test sampled 11-11 08:00, asked at 11-12 10:00 about a trip to Fuling: the
    // proof holds until 11-13 08:00 (inclusive), then the trip is denied; a new test is sampled 11-13 09:00 and resulted
    // 11-13 15:00, which allows it again.
    private static readonly PersonFacts Person = Person("jiangbei",
        Negative("2022-11-11T08:00:00+08:00", "2022-11-11T15:00:00+08:00"),
        Negative("2022-11-13T09:00:00+08:00", "2022-11-13T15:00:00+08:00")) with
    {
        Reports = [new Report("fuling", T("2022-11-12T08:00:00+08:00"))],
    };

    [Fact]
    public void Render_KnownCase_BandsAtTheSegmentsInstants()
    {
        var svg = Draw();

        var bands = svg.Descendants(Svg + "rect").Select(r => ((string)r.Attribute("data-verdict")!, (string)r.Attribute("data-from")!, (string)r.Attribute("data-until")!)).ToArray();
        Assert.Equal(
            [
                ("allowed", "2022-11-12T10:00:00+08:00", "2022-11-13T08:00:00+08:00"),
                ("denied", "2022-11-13T08:00:00+08:00", "2022-11-13T15:00:00+08:00"),
                ("allowed", "2022-11-13T15:00:00+08:00", "2022-11-15T00:00:00+08:00"),
            ],
            bands);
        var xs = svg.Descendants(Svg + "rect").Select(r => double.Parse((string)r.Attribute("x")!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(xs.Order(), xs);
    }

    [Fact]
    public void Render_KnownCase_MidnightsFactsAndTheInstantAsked()
    {
        var svg = Draw();

        Assert.Equal(
            ["2022-11-13T00:00:00+08:00", "2022-11-14T00:00:00+08:00", "2022-11-15T00:00:00+08:00"],
            svg.Descendants(Svg + "line").Where(l => l.Attribute("data-midnight") is not null).Select(l => (string)l.Attribute("data-midnight")!));
        Assert.Equal(
            [("sampled", "2022-11-13T09:00:00+08:00"), ("resulted", "2022-11-13T15:00:00+08:00")],
            svg.Descendants(Svg + "circle").Select(c => ((string)c.Attribute("data-fact")!, (string)c.Attribute("data-at")!)));
        Assert.Equal("2022-11-12T10:00:00+08:00", (string)svg.Descendants(Svg + "line").Single(l => (string?)l.Attribute("class") == "asked").Attribute("data-at")!);
    }

    [Fact]
    public void Render_Chinese_LabelsInChinese() =>
        Assert.Contains("所问时刻", TimelineSvg.Render(Timeline(), Person, T("2022-11-12T10:00:00+08:00"), "zh"), StringComparison.Ordinal);

    private static Beibei.Rules.Decisions.Timeline Timeline() =>
        new Evaluator(Policy.Chongqing2022, new PolicyOptions()).Timeline(Person, new Travel("fuling", Purpose.Essential), T("2022-11-12T10:00:00+08:00"), T("2022-11-15T00:00:00+08:00")).Value!;

    private static XDocument Draw() => XDocument.Parse(TimelineSvg.Render(Timeline(), Person, T("2022-11-12T10:00:00+08:00")));
}
