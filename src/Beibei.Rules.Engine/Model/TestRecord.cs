using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;
using NodaTime;

namespace Beibei.Rules.Model;

/// <summary>One nucleic-acid test of the person.</summary>
/// <param name="Sampled">When the sample was taken (采样时间). The test exists from this instant on.</param>
/// <param name="Result">The result; <see cref="TestResult.Pending"/> while it is not out.</param>
/// <param name="Resulted">When the result came out; required unless pending, never before <paramref name="Sampled"/>.</param>
/// <remarks>
/// As-of evaluation: at an instant before <paramref name="Sampled"/> the test does not exist; at an instant
/// before <paramref name="Resulted"/> it is still pending, whatever its result.
/// </remarks>
public sealed record TestRecord(
    [property: JsonPropertyName("sampled"), JsonPropertyOrder(0), JsonConverter(typeof(PolicyInstantConverter))] Instant Sampled,
    [property: JsonPropertyName("result"), JsonPropertyOrder(2)] TestResult Result,
    [property: JsonPropertyName("resulted"), JsonPropertyOrder(1), JsonConverter(typeof(PolicyInstantConverter)), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Instant? Resulted = null)
{
    /// <summary>A negative test.</summary>
    /// <param name="sampled">When it was sampled.</param>
    /// <param name="resulted">When the result came out.</param>
    /// <returns>The test.</returns>
    public static TestRecord Negative(Instant sampled, Instant resulted) => new(sampled, TestResult.Negative, resulted);

    /// <summary>A positive test.</summary>
    /// <param name="sampled">When it was sampled.</param>
    /// <param name="resulted">When the result came out.</param>
    /// <returns>The test.</returns>
    public static TestRecord Positive(Instant sampled, Instant resulted) => new(sampled, TestResult.Positive, resulted);

    /// <summary>A test whose result is not out.</summary>
    /// <param name="sampled">When it was sampled.</param>
    /// <returns>The test.</returns>
    public static TestRecord Pending(Instant sampled) => new(sampled, TestResult.Pending);
}
