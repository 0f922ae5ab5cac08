using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Questions;
using NodaTime;

namespace Beibei.Rules.Extension;

/// <summary><c>example.market-hours</c>: AN EXAMPLE, NOT LAW. Markets in Hechuan close to the public from 20:00 to the end
/// of the local day; an example amendment (<see cref="Amended"/>) closes them from 18:00.</summary>
/// <remarks>
/// A clause written against the public authoring API only. Condition <c>before-closing</c> (fact: the closing hours of
/// today, a <see cref="PeriodFact"/>): met before the closing hour, local time, unmet from it (inclusive) to the next
/// local midnight (exclusive). Both ends are change points, so <c>valid-until</c> and timelines cross them like any
/// other. Remedy while closed: <c>remedy.wait</c> until the next midnight. The two versions share the clause id; the
/// layer dates them (<c>Layer.Add(clause, from, until)</c>).
/// </remarks>
public sealed class MarketHours : Clause
{
    /// <summary>The clause id.</summary>
    public const string ClauseId = "example.market-hours";

    /// <summary>The condition: the market is entered before it closes.</summary>
    public const string BeforeClosing = "before-closing";

    /// <summary>The example's own source id.</summary>
    public const string Source = "EXAMPLE-1";

    private static readonly Citation Cited = new(
        [Source],
        "EXAMPLE-1 1",
        "(an example, not law) 合川区农贸市场每日20时后暂停对外开放",
        new LocalizedText(
            "An example, not law: markets in Hechuan close to the public from 20:00 each day.",
            "示例，并非法规：合川区农贸市场每日20时后暂停对外开放。"));

    private static readonly Citation AmendedCitation = new(
        [Source],
        "EXAMPLE-1 2",
        "(an example, not law) 农贸市场暂停对外开放时间提前至每日18时",
        new LocalizedText(
            "An example, not law: markets in Hechuan close to the public from 18:00 each day.",
            "示例，并非法规：合川区农贸市场每日18时后暂停对外开放。"));

    // The amendment's closing hour is its own text; the first version's is the layer's parameter.
    private readonly LocalTime? closing;

    private readonly Citation citation;

    /// <summary>The rule as first written: closed from <see cref="Closing"/> (20:00 unless the options say otherwise).</summary>
    public MarketHours()
        : this(null, Cited)
    {
    }

    private MarketHours(LocalTime? closing, Citation citation)
    {
        this.closing = closing;
        this.citation = citation;
    }

    /// <summary><c>market-closing</c>: the hour markets close at under the first version, a parameter of the example's
    /// own, declared once here (its layer brings it with <c>Layer.Declaring</c>). Default 20:00, at or after 12:00.</summary>
    public static PolicyParameter<LocalTime> Closing { get; } = PolicyParameter.Define(
        "market-closing", PolicyParameterKind.TimeOfDay, new LocalTime(20, 0), Cited, t => t >= new LocalTime(12, 0), "market-closing must be at or after 12:00.");

    /// <summary>The example amendment: closed from 18:00, citing the amending paragraph.</summary>
    public static MarketHours Amended { get; } = new(new LocalTime(18, 0), AmendedCitation);

    /// <inheritdoc/>
    public override string Id => ClauseId;

    /// <inheritdoc/>
    public override Citation Citation => citation;

    /// <inheritdoc/>
    public override IReadOnlyList<string> ConditionIds => [BeforeClosing];

    /// <inheritdoc/>
    public override IReadOnlyList<string> Parameters => closing is null ? [Closing.Name] : [];

    /// <inheritdoc/>
    public override IReadOnlyList<RemedyKind> RemedyKinds => [RemedyKind.Wait];

    /// <inheritdoc/>
    /// <remarks>Public places in the layer's own regions (Hechuan) only: the engine never calls the clause elsewhere.</remarks>
    public override Reach Reach => Reach.When(Situation.EnterPublicPlace | Situation.PlaceGoverned);

    /// <inheritdoc/>
    protected override void Evaluate(ClauseContext context, Outcomes outcome)
    {
        if (context.Question is not EnterPublicPlace { Kind: PlaceKind.Market })
        {
            return;
        }

        // Today's closing hours, in the policy's local days: [the closing hour, next midnight).
        var hour = closing ?? context.Options.Get(Closing);
        var closes = context.Days.StartOf(context.Today) + (hour - LocalTime.Midnight).ToDuration();
        var reopens = context.Days.AddDays(context.Midnight, 1);
        var open = context.At < closes;
        outcome.Condition(BeforeClosing, open, outcome.RecordDetails ? new PeriodFact("closed", closes, reopens) : null);
        if (open)
        {
            outcome.Silent().ChangesAt(closes);
        }
        else
        {
            outcome.Denies().ChangesAt(reopens).Add(RemedyKind.Wait, reopens, BeforeClosing);
        }
    }
}
