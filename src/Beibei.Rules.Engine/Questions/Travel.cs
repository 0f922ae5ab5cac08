using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;
using NodaTime;

namespace Beibei.Rules.Questions;

/// <summary>May the person set off now from their region to <paramref name="To"/>?</summary>
/// <param name="To">The destination: a region id or alias, or <c>outside</c>.</param>
/// <param name="Purpose">Why they go.</param>
/// <param name="Arrives">When the trip is expected to arrive (<c>arrives</c>), not before the instant asked about: the duties
/// the trip starts (the landing test, the arrival report) count from it. Without it they carry no <c>opens</c> or
/// <c>due</c>: a traveller setting off at 22:00 for a five-hour drive must not be told the landing test is due at
/// midnight.</param>
[JsonConverter(typeof(QuestionJsonConverter))]
public sealed record Travel(string To, Purpose Purpose, Instant? Arrives = null) : Question
{
    /// <inheritdoc/>
    public override string Name => "travel";

    /// <inheritdoc/>
    public override Purpose? TripPurpose => Purpose;
}
