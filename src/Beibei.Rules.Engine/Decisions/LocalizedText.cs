using System.Text.Json.Serialization;

namespace Beibei.Rules.Decisions;

/// <summary>A plain sentence in English and in Chinese.</summary>
/// <param name="En">English.</param>
/// <param name="Zh">Chinese.</param>
public sealed record LocalizedText([property: JsonPropertyName("en")] string En, [property: JsonPropertyName("zh")] string Zh)
{
    /// <summary>The text in the language asked for: <c>zh</c> gives Chinese, anything else English.</summary>
    /// <param name="language">A language tag such as <c>en</c> or <c>zh</c>.</param>
    /// <returns>The sentence.</returns>
    public string In(string language) => language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Zh : En;
}
