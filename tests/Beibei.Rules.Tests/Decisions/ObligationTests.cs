using Beibei.Rules.Decisions;
using NodaTime;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Decisions;

public class ObligationTests
{
    private static readonly LocalizedText Text = new("Take the test.", "做核酸。");

    [Fact]
    public void OpensAndDue_KeepWhetherTheyWereGiven_ThroughConstructionWithAndDeconstruction()
    {
        var due = Noon12th;
        var obligation = new Obligation("cq.daily-test/today", null, due, ObligationStatus.Due, Text);

        Assert.Null(obligation.Opens);
        Assert.Equal(due, obligation.Due);
        Assert.Equal(Instant.FromUnixTimeSeconds(0), (obligation with { Opens = Instant.FromUnixTimeSeconds(0) }).Opens);
        Assert.Null((obligation with { Due = null }).Due);
        var (id, opens, dueAgain, status, description) = obligation;
        Assert.Equal(("cq.daily-test/today", (Instant?)null, (Instant?)due, ObligationStatus.Due, Text), (id, opens, dueAgain, status, description));
    }

    [Fact]
    public void Equality_TellsAMissingInstantFromTheDefaultInstant()
    {
        var withoutOpens = new Obligation("cq.daily-test/today", null, null, ObligationStatus.Due, Text);
        var openingAtTheEpoch = withoutOpens with { Opens = default(Instant) };

        Assert.NotEqual(withoutOpens, openingAtTheEpoch);
        Assert.Equal(withoutOpens, openingAtTheEpoch with { Opens = null });
        Assert.Equal(withoutOpens.GetHashCode(), (openingAtTheEpoch with { Opens = null }).GetHashCode());
        Assert.Contains("Opens = ,", withoutOpens.ToString(), StringComparison.Ordinal);
    }
}
