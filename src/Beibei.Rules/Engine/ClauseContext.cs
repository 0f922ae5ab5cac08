using Beibei.Rules.Model;
using Beibei.Rules.Policies.Chongqing2022;
using Beibei.Rules.Questions;
using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>What a clause sees: the facts as known, the question with its regions resolved, the instant evaluated and
/// the options. Reused by one thread from decision to decision (see <see cref="Workspace"/>).</summary>
internal sealed class ClauseContext
{
    private ProofFound? proof;
    private bool proofFound;
    private Instant? midnight;

    public Facts Facts { get; private set; } = null!;

    public Question Question { get; private set; } = null!;

    public PolicyOptions Options { get; private set; } = null!;

    /// <summary>The instant evaluated; later than <see cref="Facts"/>' instant while looking for valid-until.</summary>
    public Instant At { get; private set; }

    /// <summary>The kind of <see cref="Question"/>.</summary>
    public QuestionKinds Kind { get; private set; }

    /// <summary>The person's region.</summary>
    public Region Region => Facts.Region;

    /// <summary>For <see cref="Travel"/>: where to.</summary>
    public Region? Destination { get; private set; }

    /// <summary>For <see cref="EnterPublicPlace"/>: where the place is.</summary>
    public Region? PlaceRegion { get; private set; }

    public bool InBeibei => ReferenceEquals(Facts.Region, RegionTable.Beibei);

    /// <summary>A trip to another region (a trip within the person's own region is restricted by no travel clause).</summary>
    public bool IsTripAway => Destination is not null && !ReferenceEquals(Destination, Facts.Region);

    /// <summary>The local date of <see cref="At"/> in Asia/Shanghai.</summary>
    public LocalDate Today => LocalDays.DateOf(At);

    /// <summary>The local midnight that started the day of <see cref="At"/>, found once per instant.</summary>
    public Instant Midnight => midnight ??= LocalDays.MidnightOf(At);

    /// <summary>The person's negative proof at <see cref="At"/> (<c>cq.test-proof</c>), found once per instant.</summary>
    public ProofFound? Proof
    {
        get
        {
            if (!proofFound)
            {
                proof = TestProof.Find(Facts.Tests, At, Options);
                proofFound = true;
            }

            return proof;
        }
    }

    /// <summary>Sets the question and facts; false when the question is not valid (it mirrors the question validator).</summary>
    public bool Load(Facts facts, Question question, PolicyOptions options)
    {
        Facts = facts;
        Question = question;
        Options = options;
        Destination = null;
        PlaceRegion = null;
        Kind = QuestionKind.Of(question);
        switch (question)
        {
            case Travel travel:
                if (!RegionTable.TryFind(travel.To, out var destination) || !Defined.Is(travel.Purpose))
                {
                    return false;
                }

                Destination = destination;
                break;
            case EnterPublicPlace place:
                if (place.Kind is { } kind && !Defined.Is(kind))
                {
                    return false;
                }

                if (place.Region is null)
                {
                    PlaceRegion = facts.Region;
                }
                else if (RegionTable.TryFind(place.Region, out var placeRegion))
                {
                    PlaceRegion = placeRegion;
                }
                else
                {
                    return false;
                }

                break;
            case LeaveHome leave:
                return Defined.Is(leave.Purpose);
            case Gathering gathering:
                return Defined.Is(gathering.Kind);
            default:
                return false;
        }

        return true;
    }

    /// <summary>Drops the references to the caller's data.</summary>
    public void Release() => Question = null!;

    /// <summary>Moves to another instant with the same facts and question.</summary>
    public ClauseContext MoveTo(Instant at)
    {
        At = at;
        proofFound = false;
        midnight = null;
        return this;
    }
}
