using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>What a clause sees: the facts as known, the question with its regions resolved, the instant and the options.</summary>
internal sealed class ClauseContext
{
    public ClauseContext(Facts facts, Question question, Instant at, PolicyOptions options)
    {
        Facts = facts;
        Question = question;
        At = at;
        Options = options;
        Destination = question is Travel travel ? RegionTable.Resolve(travel.To) : null;
        PlaceRegion = question is EnterPublicPlace place
            ? (place.Region is null ? facts.Region : RegionTable.Resolve(place.Region))
            : null;
    }

    public Facts Facts { get; }

    public Question Question { get; }

    public Instant At { get; }

    public PolicyOptions Options { get; }

    /// <summary>The person's region.</summary>
    public Region Region => Facts.Region;

    /// <summary>For <see cref="Travel"/>: where to.</summary>
    public Region? Destination { get; }

    /// <summary>For <see cref="EnterPublicPlace"/>: where the place is.</summary>
    public Region? PlaceRegion { get; }

    public bool InBeibei => ReferenceEquals(Facts.Region, RegionTable.Beibei);

    /// <summary>A trip to another region (a trip within the person's own region is restricted by no travel clause).</summary>
    public bool IsTripAway => Destination is not null && !ReferenceEquals(Destination, Facts.Region);

    /// <summary>The local date of <see cref="At"/> in Asia/Shanghai.</summary>
    public LocalDate Today => LocalDays.DateOf(At);

    /// <summary>The same question and facts at another instant (for valid-until and timelines).</summary>
    public ClauseContext With(Facts facts, Instant at) => new(facts, Question, at, Options, Destination, PlaceRegion);

    private ClauseContext(Facts facts, Question question, Instant at, PolicyOptions options, Region? destination, Region? place)
    {
        Facts = facts;
        Question = question;
        At = at;
        Options = options;
        Destination = destination;
        PlaceRegion = place;
    }
}
