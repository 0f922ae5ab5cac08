using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>What a clause sees: the facts as known, the question with its regions resolved, the instant evaluated and
/// the options.</summary>
/// <remarks>A clause reads it inside <see cref="Clause.Evaluate"/> and must not keep it: the engine reuses one instance per
/// thread from decision to decision, and moves it to later instants while it looks for <c>valid-until</c>. The facts
/// are those known at the instant asked about, whatever instant the clause is evaluated at.</remarks>
public sealed class ClauseContext
{
    private ProofFound proof;
    private bool proofFound;
    private Instant? midnight;
    private Policy policy = null!;

    /// <summary>The context of <paramref name="facts"/>, which it reads after every load.</summary>
    internal ClauseContext(Facts facts) => Facts = facts;

    /// <summary>The person's facts as known at the instant asked about.</summary>
    public Facts Facts { get; }

    /// <summary>What is asked.</summary>
    public Question Question { get; private set; } = null!;

    /// <summary>The options the evaluator decides with.</summary>
    public PolicyOptions Options { get; private set; } = null!;

    /// <summary>The instant evaluated; later than <see cref="Facts"/>' instant while looking for valid-until.</summary>
    public Instant At { get; private set; }

    /// <summary>The situation of the question and facts, for skipping the clauses that cannot reach it.</summary>
    internal Situation Situation { get; private set; }

    /// <summary>The person's region.</summary>
    public Region Region => Facts.Region;

    /// <summary>For <see cref="Travel"/>: where to.</summary>
    public Region? Destination { get; private set; }

    /// <summary>For <see cref="EnterPublicPlace"/>: where the place is.</summary>
    public Region? PlaceRegion { get; private set; }

    /// <summary>A trip to another region (a trip within the person's own region is restricted by no travel clause).</summary>
    public bool IsTripAway => Destination is not null && !ReferenceEquals(Destination, Facts.Region);

    /// <summary>The policy's calendar days (<see cref="Policy.Days"/>): the time zone its clauses count days in.</summary>
    public LocalDays Days => policy.Days;

    /// <summary>The local date of <see cref="At"/> in the policy's time zone.</summary>
    public LocalDate Today => policy.Days.DateOf(At);

    /// <summary>The start of the local day of <see cref="At"/> in the policy's time zone, found once per instant.</summary>
    public Instant Midnight => midnight ??= policy.Days.MidnightOf(At);

    /// <summary>The person's negative proof at <see cref="At"/>, as the policy's <see cref="Policy.Proof"/> rule finds it
    /// (not found when the policy has none): found once per instant, however many clauses read it.</summary>
    public ref readonly ProofFound Proof
    {
        get
        {
            if (!proofFound)
            {
                if (policy.Proof is not { } rule || !rule(Facts.Tests, At, Options, out proof))
                {
                    proof = ProofFound.None;
                }

                proofFound = true;
            }

            return ref proof;
        }
    }

    /// <summary>Sets the question, once the facts are loaded; false when the question is not valid (it mirrors the question
    /// validator).</summary>
    internal bool Load(Question question, PolicyOptions options, Policy policy)
    {
        Question = question;
        if (!ReferenceEquals(this.policy, policy))
        {
            this.policy = policy;
        }

        if (!ReferenceEquals(Options, options))
        {
            // Usually the same options as the last decision on this thread: no store, no write barrier.
            Options = options;
        }

        if (!LoadQuestion(Facts, question, out var asked, out var destination, out var place))
        {
            return false;
        }

        // Stored only when they change: the same regions as the last decision on this thread need no write barrier.
        if (!ReferenceEquals(Destination, destination))
        {
            Destination = destination;
        }

        if (!ReferenceEquals(PlaceRegion, place))
        {
            PlaceRegion = place;
        }

        Situation = SituationOf(Facts, asked, Destination, PlaceRegion) | policy.Governance.Of(Facts.Region, Destination, PlaceRegion);
        return true;
    }

    /// <summary>Sets the regions of the question and finds its kind and purpose, in the one type switch a load makes.</summary>
    private static bool LoadQuestion(Facts facts, Question question, out Situation asked, out Region? destination, out Region? place)
    {
        asked = Situation.None;
        destination = null;
        place = null;
        switch (question)
        {
            case Travel travel:
                asked = Situation.Travel | PurposeOf(travel.Purpose);
                return facts.Regions.TryFind(travel.To, out destination) && Defined.Is(travel.Purpose);
            case EnterPublicPlace enter:
                asked = Situation.EnterPublicPlace;
                if (enter.Kind is { } placeKind && !Defined.Is(placeKind))
                {
                    return false;
                }

                if (enter.Region is null)
                {
                    place = facts.Region;
                    return true;
                }

                return facts.Regions.TryFind(enter.Region, out place);
            case LeaveHome leave:
                asked = Situation.LeaveHome | PurposeOf(leave.Purpose);
                return Defined.Is(leave.Purpose);
            case Gathering gathering:
                asked = Situation.Gathering;
                return Defined.Is(gathering.Kind);
            default:
                return false;
        }
    }

    private static Situation PurposeOf(Purpose purpose) =>
        purpose == Purpose.NonEssential ? Situation.NonEssential : Situation.Essential;

    private static Situation SituationOf(Facts facts, Situation asked, Region? destination, Region? place)
    {
        var situation = asked
            | Where(facts.Region.Zone, Situation.HomeCentral, Situation.HomeOther, Situation.HomeOutside)
            | (place is null ? Situation.None : Where(place.Zone, Situation.PlaceCentral, Situation.PlaceOther, Situation.None))
            | (facts.Arrival is not null ? Situation.Arrival : Situation.None)
            | (facts.Isolation is not null ? Situation.Isolation : Situation.None)
            | (facts.ControlArea is not null ? Situation.ControlArea : Situation.None)
            | (facts.AnyPositive ? Situation.Positive : Situation.None);
        if (destination is not null)
        {
            situation |= Where(destination.Zone, Situation.ToCentral, Situation.ToOther, Situation.ToOutside);
        }

        return situation;
    }

    private static Situation Where(Zone zone, Situation central, Situation other, Situation outside) => zone switch
    {
        Zone.Central => central,
        Zone.Other => other,
        _ => outside,
    };

    /// <summary>Decides with <paramref name="options"/> from now on: the values in force at the instant evaluated.</summary>
    internal void UseOptions(PolicyOptions options)
    {
        if (!ReferenceEquals(Options, options))
        {
            Options = options;
            proofFound = false;
        }
    }

    /// <summary>Drops the references to the caller's data.</summary>
    internal void Release() => Question = null!;

    /// <summary>Moves to another instant with the same facts and question.</summary>
    internal ClauseContext MoveTo(Instant at)
    {
        At = at;
        proofFound = false;
        midnight = null;
        return this;
    }
}
