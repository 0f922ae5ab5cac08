using System.Collections.Frozen;
using System.Text;
using Beibei.Rules.Decisions;

namespace Beibei.Rules;

/// <summary>The public words of the catalogue for every enumeration of the library: <c>non-essential</c>,
/// <c>smell-taste-loss</c>, <c>remedy.essential-purpose</c>, ... and back.</summary>
/// <remarks>Thread-safe. Words are lower-case kebab-case of the member name; remedy kinds carry the prefix <c>remedy.</c>.</remarks>
public static class PolicyTerms
{
    /// <summary>The public word for an enumeration value.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The word, e.g. <c>non-essential</c>.</returns>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Table<TEnum>.Words.TryGetValue(value, out var word) ? word : value.ToString();

    /// <summary>Reads a public word back into its enumeration value.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="word">The word; case-sensitive, as the catalogue writes it.</param>
    /// <param name="value">The value read.</param>
    /// <returns>True when the word names a value.</returns>
    public static bool TryParse<TEnum>(string? word, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return word is not null && Table<TEnum>.Values.TryGetValue(word, out value);
    }

    /// <summary>Every public word of an enumeration, in declaration order.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <returns>The words.</returns>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => Table<TEnum>.Ordered;

    private static string Kebab(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    private static class Table<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly string[] Ordered = Enum.GetValues<TEnum>().Select(Word).ToArray();

        public static readonly FrozenDictionary<TEnum, string> Words =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, Word);

        public static readonly FrozenDictionary<string, TEnum> Values =
            Enum.GetValues<TEnum>().ToFrozenDictionary(Word, v => v, StringComparer.Ordinal);

        private static string Word(TEnum value) =>
            (typeof(TEnum) == typeof(RemedyKind) ? "remedy." : string.Empty) + Kebab(value.ToString());
    }
}
