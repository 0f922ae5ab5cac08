using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Beibei.Rules.Decisions;

namespace Beibei.Rules.Serialization;

/// <summary>The source-generated metadata behind <see cref="BeibeiRulesJson"/>.</summary>
[JsonSerializable(typeof(Decision))]
[JsonSerializable(typeof(Timeline))]
[JsonSerializable(typeof(IReadOnlyList<InputError>))]
[JsonSerializable(typeof(IReadOnlyList<Condition>))]
[JsonSerializable(typeof(PolicyIdentity))]
[JsonSerializable(typeof(LocalizedText))]
internal sealed partial class BeibeiRulesJsonContext : JsonSerializerContext
{
    public static BeibeiRulesJsonContext Compact { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static BeibeiRulesJsonContext Indented { get; } =
        new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true });
}
