using Beibei.Rules.Casebook;
using Snapshooter;
using Snapshooter.Xunit;

namespace Beibei.Rules.Tests.Casebook;

/// <summary>Snapshots of what users see: the JSON decision of a representative case of each clause, and the rendered
/// casebook. Any change to either shows in review as a changed file under <c>__snapshots__</c>.</summary>
public class SnapshotTests
{
    // One representative case per clause: file and case name.
    public static TheoryData<string, string, string> Representatives => new()
    {
        { "cq.test-proof", "test-proof.yaml", "A test sampled exactly 48 hours ago still proves negativity, for this instant only" },
        { "cq.infected", "infected.yaml", "An infected person's other denials follow the infection" },
        { "cq.central-city.zone", "central-city-zone.yaml", "A Jiangbei resident may go to Yuzhong without a reason, a report or a test" },
        { "cq.central-city.stay", "central-city-stay.yaml", "A non-essential trip from Yuzhong to Hechuan is denied with every remedy an essential trip would need" },
        { "cq.central-city.inbound", "central-city-inbound.yaml", "A non-essential trip from Hechuan into Yuzhong is denied" },
        { "cq.central-city.leave-conditions", "central-city-leave-conditions.yaml", "Essential trip to Hechuan with a 40-hour-old negative test and a report" },
        { "cq.land-and-test", "land-and-test.yaml", "After the landing test the second test opens 24 hours after it" },
        { "cq.public-places", "public-places.yaml", "With a valid proof a supermarket may be entered, masked and one metre apart" },
        { "cq.daily-test", "daily-test.yaml", "A Yuzhong resident without a test today owes one by midnight" },
        { "cq.home-isolation", "home-isolation.yaml", "A medical trip goes through the green channel" },
        { "cq.control-areas", "control-areas.yaml", "In a high-risk area going out is denied until the area is lifted" },
        { "beibei.stay-in-district", "beibei-stay-in-district.yaml", "A Beibei resident with a report and a proof may go to Yuzhong on business" },
        { "beibei.no-gathering", "beibei-no-gathering.yaml", "A Beibei funeral may be held, kept small" },
        { "beibei.arrival-report", "beibei-arrival-report.yaml", "One second after arriving the unreported arrival is overdue" },
        { "beibei.health-code", "beibei-health-code.yaml", "A yellow code in Beibei must be reported" },
        { "beibei.symptoms", "beibei-symptoms.yaml", "A fever with a proof is turned away by both the city and the district" },
        { "beibei.mask", "beibei-mask.yaml", "An outing in Beibei carries the mask duty" },
        { "policy.none-in-force", "policy-period.yaml", "One second before the policy begins a non-essential trip out of the central city is allowed" },
    };

    [Theory]
    [MemberData(nameof(Representatives))]
    public void DecisionJson_RepresentativeCase_MatchesSnapshot(string clause, string file, string caseName)
    {
        var read = CasebookReader.ReadFile(Path.Combine(Samples.CasesFolder(), file));
        var definition = read.File!.Cases.Single(c => c.Name == caseName);

        var json = DecisionJson.Write(CaseRunner.Decide(definition).Value!);

        Snapshot.Match(json, SnapshotNameExtension.Create(clause));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Render_ProjectCasebook_MatchesSnapshot(string language)
    {
        var files = Directory.EnumerateFiles(Samples.CasesFolder(), "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(p => CasebookReader.ReadFile(p).File! with { Path = Path.GetFileName(p) })
            .ToArray();

        var markdown = CasebookRenderer.Render(files, language);

        Snapshot.Match(markdown, SnapshotNameExtension.Create(language));
    }

    /// <summary>The HTML book of one case per clause (each file cut down to its representative case), in each language:
    /// the page's words, tables, citations and timeline pictures.</summary>
    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void RenderHtml_OneCasePerClause_MatchesSnapshot(string language)
    {
        var files = Representatives
            .Select(r => ((string)r[1], (string)r[2]))
            .GroupBy(r => r.Item1, r => r.Item2)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var file = CasebookReader.ReadFile(Path.Combine(Samples.CasesFolder(), g.Key)).File!;
                return file with { Path = g.Key, Cases = [.. file.Cases.Where(c => g.Contains(c.Name))] };
            })
            .ToArray();

        var html = CasebookHtml.Render(files, language);

        Assert.Equal(Representatives.Count, files.Sum(f => f.Cases.Count));
        Snapshot.Match(html.Replace("><", ">\n<", StringComparison.Ordinal), SnapshotNameExtension.Create(language));
    }
}
