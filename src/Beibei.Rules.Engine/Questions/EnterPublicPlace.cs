using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;
namespace Beibei.Rules.Questions;

/// <summary>May the person enter a public place now?</summary>
/// <param name="Region">Where the place is; <see langword="null"/> means the person's own region.</param>
/// <param name="Kind">The kind of place, if known.</param>
[JsonConverter(typeof(QuestionJsonConverter))]
public sealed record EnterPublicPlace(string? Region = null, PlaceKind? Kind = null) : Question
{
    /// <inheritdoc/>
    public override string Name => "enter-public-place";
}
