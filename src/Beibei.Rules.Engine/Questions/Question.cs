using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;
namespace Beibei.Rules.Questions;

/// <summary>What is asked about a person: one of <see cref="Travel"/>, <see cref="EnterPublicPlace"/>,
/// <see cref="LeaveHome"/> or <see cref="Gathering"/>.</summary>
[JsonConverter(typeof(QuestionJsonConverter))]
public abstract record Question
{
    private protected Question()
    {
    }

    /// <summary>The question's public name: <c>travel</c>, <c>enter-public-place</c>, <c>leave-home</c> or <c>gathering</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The purpose, for the questions that have one.</summary>
    public virtual Purpose? TripPurpose => null;
}
