using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;
namespace Beibei.Rules.Questions;

/// <summary>May the person hold or attend this gathering now?</summary>
/// <param name="Kind">The kind of gathering.</param>
[JsonConverter(typeof(QuestionJsonConverter))]
public sealed record Gathering(GatheringKind Kind) : Question
{
    /// <inheritdoc/>
    public override string Name => "gathering";
}
