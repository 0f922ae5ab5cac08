using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Beibei.Rules.Decisions;

namespace Beibei.Rules.Serialization;

/// <summary>The decision JSON, for every host: decisions, timelines, their parts and input errors, and the inputs of a
/// case (facts, questions, options) as a case writes them, with kebab-case names, instants in the contract's zone (<see cref="Zone"/>) with
/// their offset (<c>2022-11-12T18:00:00+08:00</c>) and every enumeration as its word (<c>allowed</c>, <c>overdue</c>),
/// through System.Text.Json source generation.</summary>
/// <remarks>
/// <para>The shape lives on the types themselves (<see cref="JsonPropertyNameAttribute"/> and <see cref="JsonConverterAttribute"/>),
/// so a plain <c>JsonSerializer.Serialize(decision)</c> or ASP.NET Core's <c>Results.Json(decision)</c> writes the same JSON;
/// <see cref="TypeInfoResolver"/> adds speed and trimming safety (put it first in a host's
/// <see cref="JsonSerializerOptions.TypeInfoResolverChain"/>). The command-line tool, the casebook and the decision service
/// all write through it.</para>
/// <para>Results are written, not read: reading a <see cref="Decision"/> back is not supported. The facts
/// (<see cref="Model.PersonFacts"/> and its parts) and questions are written and read, options only written: a .NET client
/// builds its request from the library's own types. The decision service reads requests with the casebook reader
/// (<c>Beibei.Rules.Casebook</c>), which reports every bad field with its code. Everything here is thread-safe; the
/// options are read-only.</para>
/// </remarks>
public static class BeibeiRulesJson
{
    /// <summary>The zone whose offset every instant of the JSON contract is written with: <c>Asia/Shanghai</c> (+08:00), as
    /// the contract was published, whatever policy decided. A policy of another zone counts its days in its own
    /// (<see cref="Engine.Policy.Days"/>); its instants are the same instants, written with this offset. Reading accepts any
    /// offset.</summary>
    public static NodaTime.DateTimeZone Zone => WireDays.Zone;

    /// <summary>The local days of <see cref="Zone"/>, whose steady offset the writers use.</summary>
    internal static Engine.LocalDays WireDays { get; } = new(NodaTime.DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);

    /// <summary>The source-generated metadata of every result type (<see cref="Decision"/>, <see cref="Timeline"/>,
    /// <see cref="InputError"/> lists and their parts) and input type (facts, questions, options).</summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => BeibeiRulesJsonContext.Default;

    /// <summary>Compact JSON, Chinese text as is (not as <c>\u</c> escapes): what the decision service sends.</summary>
    public static JsonSerializerOptions Options => BeibeiRulesJsonContext.Compact.Options;

    /// <summary>Indented JSON, Chinese text as is: what the command-line tool prints.</summary>
    public static JsonSerializerOptions IndentedOptions => BeibeiRulesJsonContext.Indented.Options;

    /// <summary>The decision as JSON.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The compact JSON text (indented: <c>JsonSerializer.Serialize(value, BeibeiRulesJson.IndentedOptions)</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public static string Serialize(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return JsonSerializer.Serialize(decision, BeibeiRulesJsonContext.Compact.Decision);
    }

    /// <summary>The decision as UTF-8 JSON.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The compact JSON bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return JsonSerializer.SerializeToUtf8Bytes(decision, BeibeiRulesJsonContext.Compact.Decision);
    }

    /// <summary>Writes the decision to <paramref name="writer"/>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="decision">The decision.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(decision);
        DecisionJsonWriter.Write(writer, decision);
    }

    /// <summary>Writes the decision's members (<c>at</c> to <c>policy</c>, as <see cref="Write(Utf8JsonWriter, Decision)"/>
    /// writes them) into the object that <paramref name="writer"/> has open, for a host that adds members of its own
    /// around them, such as the decision service's <c>decision-id</c>, without copying the decision's JSON.</summary>
    /// <param name="writer">The writer, inside an object it has started (<see cref="Utf8JsonWriter.WriteStartObject()"/>).</param>
    /// <param name="decision">The decision.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The writer is not inside an object (as <see cref="Utf8JsonWriter"/>
    /// throws for a property written elsewhere, when it validates).</exception>
    /// <remarks>Thread-safe for different writers.</remarks>
    public static void WriteMembers(Utf8JsonWriter writer, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(decision);
        DecisionJsonWriter.WriteMembers(writer, decision);
    }

    /// <summary>The timeline as JSON.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <returns>The compact JSON text (indented: <c>JsonSerializer.Serialize(value, BeibeiRulesJson.IndentedOptions)</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    public static string Serialize(Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return JsonSerializer.Serialize(timeline, BeibeiRulesJsonContext.Compact.Timeline);
    }

    /// <summary>Input errors as a JSON array of <c>{code, field, message}</c>.</summary>
    /// <param name="errors">The errors.</param>
    /// <returns>The compact JSON text (indented: <c>JsonSerializer.Serialize(value, BeibeiRulesJson.IndentedOptions)</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
    public static string Serialize(IReadOnlyList<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return JsonSerializer.Serialize(errors, BeibeiRulesJsonContext.Compact.IReadOnlyListInputError);
    }
}
