using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;
namespace Beibei.Rules.Questions;

/// <summary>May the person leave home now?</summary>
/// <param name="Purpose">Why they go out.</param>
[JsonConverter(typeof(QuestionJsonConverter))]
public sealed record LeaveHome(Purpose Purpose) : Question
{
    /// <inheritdoc/>
    public override string Name => "leave-home";

    /// <inheritdoc/>
    public override Purpose? TripPurpose => Purpose;
}
