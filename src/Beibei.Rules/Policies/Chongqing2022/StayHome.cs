using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Questions;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary>How a stay-home regime (land-and-test, home isolation, control areas) answers each question: going out or
/// travelling is let go only for the excepted purposes, and public places and gatherings are closed.</summary>
internal static class StayHome
{
    [Flags]
    public enum Purposes
    {
        None = 0,
        Medical = 1,
        Testing = 2,

        /// <summary>The regime does not restrict this question at all.</summary>
        Any = 4,
    }

    /// <summary>The effect of the regime on the question: <see cref="Effect.Permits"/> for an excepted purpose (a reason
    /// when allowed), <see cref="Effect.Silent"/> where the regime does not reach, else <see cref="Effect.Denies"/>.</summary>
    public static Effect On(Question question, Purposes leaveHome, Purposes travel) => question switch
    {
        LeaveHome go => Decide(go.Purpose, leaveHome),
        Travel trip => Decide(trip.Purpose, travel),
        _ => Effect.Denies,
    };

    /// <summary>The regime's <c>excepted-purpose</c> condition: met when the question is let go (fact: the purpose, or the
    /// question for those that have none). Only a full pass keeps it.</summary>
    public static void Condition(Outcomes outcome, Question question, Effect effect)
    {
        if (outcome.RecordDetails)
        {
            outcome.Condition(
                CommonConditions.ExceptedPurpose,
                effect != Effect.Denies,
                question.TripPurpose is { } purpose ? LeaveConditions.PurposeFact(purpose) : new ValueFact("question", question.Name));
        }
    }

    private static Effect Decide(Purpose purpose, Purposes excepted)
    {
        if (excepted.HasFlag(Purposes.Any))
        {
            return Effect.Silent;
        }

        var let = purpose switch
        {
            Purpose.Medical => excepted.HasFlag(Purposes.Medical),
            Purpose.Testing => excepted.HasFlag(Purposes.Testing),
            _ => false,
        };
        return let ? Effect.Permits : Effect.Denies;
    }
}
