using System.Globalization;
using System.Text.RegularExpressions;
using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using NodaTime;
using NodaTime.Text;
using YamlDotNet.RepresentationModel;

namespace Beibei.Rules.Casebook;

/// <summary>Reads typed values out of YAML nodes, recording an error (file, line, field, code) for each bad one and
/// the line of each field read. Nothing here throws for bad input.</summary>
internal sealed partial class NodeReader
{
    private static readonly OffsetDateTimePattern[] WithOffset =
    [
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss;FFFFFFFFFo<G>"),
    ];

    private static readonly LocalDateTimePattern[] WithoutOffset =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss;FFFFFFFFF"),
    ];

    private readonly List<CasebookError> errors;
    private readonly Dictionary<string, int> lines;
    private readonly Budget budget;

    public NodeReader(string file, List<CasebookError> errors, Dictionary<string, int> lines, string prefix = "", Budget? budget = null)
    {
        File = file;
        this.errors = errors;
        this.lines = lines;
        Prefix = prefix;
        this.budget = budget ?? new Budget();
    }

    /// <summary>The nodes a file may still have read (shared by the readers of one file): aliases reuse nodes, so
    /// counting visits, not nodes, is what bounds the work.</summary>
    public Budget Nodes => budget;

    public string File { get; }

    /// <summary>What every field path reported in errors starts with (e.g. <c>cases[3].</c>).</summary>
    public string Prefix { get; }

    public IReadOnlyList<CasebookError> Errors => errors;

    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    public void Error(YamlNode? node, string path, string code, string message) =>
        errors.Add(new CasebookError(File, node is null ? 0 : LineOf(node), Prefix + path, code, message));

    public void Note(string path, YamlNode node) => lines[path] = LineOf(node);

    /// <summary>Reads a mapping, reporting every key not in <paramref name="known"/> as <c>key.unknown</c>.</summary>
    public Dictionary<string, YamlNode>? Mapping(YamlNode node, string path, params string[] known)
    {
        if (!Spend(node, path))
        {
            return null;
        }

        Note(path, node);
        if (IsNull(node))
        {
            return [];
        }

        if (node is not YamlMappingNode mapping)
        {
            Error(node, path, ErrorCodes.ValueUnknown, $"'{path}' must be a mapping of keys to values.");
            return null;
        }

        var result = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var keyPath = Join(path, key);
            if (Array.IndexOf(known, key) < 0)
            {
                Error(keyNode, keyPath, ErrorCodes.KeyUnknown, $"Unknown key '{key}'{Suggest(key, known)}; expected one of: {string.Join(", ", known)}.");
                continue;
            }

            result[key] = value;
            Note(keyPath, value);
        }

        return result;
    }

    public YamlNode? Required(Dictionary<string, YamlNode> map, YamlNode owner, string path, string key)
    {
        if (map.TryGetValue(key, out var node) && !IsNull(node))
        {
            return node;
        }

        Error(owner, Join(path, key), ErrorCodes.KeyMissing, $"The key '{key}' is required.");
        return null;
    }

    public static YamlNode? Optional(Dictionary<string, YamlNode> map, string key) =>
        map.TryGetValue(key, out var node) && !IsNull(node) ? node : null;

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode scalar && scalar.Style == YamlDotNet.Core.ScalarStyle.Plain
        && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    public IReadOnlyList<YamlNode>? Sequence(YamlNode node, string path)
    {
        if (!Spend(node, path))
        {
            return null;
        }

        if (node is YamlSequenceNode sequence)
        {
            return [.. sequence.Children];
        }

        Error(node, path, ErrorCodes.ValueUnknown, $"'{path}' must be a list.");
        return null;
    }

    public string? Text(YamlNode node, string path)
    {
        if (!Spend(node, path))
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } value })
        {
            return value;
        }

        Error(node, path, ErrorCodes.ValueUnknown, $"'{path}' must be a single value, not a list or mapping.");
        return null;
    }

    public Instant? Instant(YamlNode node, string path)
    {
        if (Text(node, path) is not { } text)
        {
            return null;
        }

        text = text.Trim();
        if (TryInstant(text, out var instant))
        {
            return instant;
        }

        foreach (var pattern in WithoutOffset)
        {
            if (pattern.Parse(text).Success)
            {
                Error(node, path, ErrorCodes.TimeNoOffset, $"'{text}' has no UTC offset; write it like 2022-11-12T09:30:00+08:00.");
                return null;
            }
        }

        Error(node, path, ErrorCodes.TimeInvalid, $"'{text}' is not an instant; write it like 2022-11-12T09:30:00+08:00.");
        return null;
    }

    /// <summary>An instant written with its offset, in one of the forms a casebook accepts (already trimmed).</summary>
    public static bool TryInstant(string text, out Instant instant)
    {
        if (TryCanonical(text, out instant))
        {
            return true;
        }

        foreach (var pattern in WithOffset)
        {
            var parsed = pattern.Parse(text);
            if (parsed.Success)
            {
                instant = parsed.Value.ToInstant();
                return true;
            }
        }

        instant = default;
        return false;
    }

    /// <summary>The form the library itself writes, <c>2022-11-12T09:30:00+08:00</c> (a fraction of up to nine digits, an
    /// offset of hours and minutes or <c>Z</c>), read by hand: a request holds a dozen instants. Anything else, or a value
    /// out of range, is left to NodaTime's patterns, which read this form to the same instant.</summary>
    internal static bool TryCanonical(ReadOnlySpan<char> span, out Instant instant)
    {
        // The form is ASCII and short: its characters as bytes, read as the bytes of a JSON value are.
        Span<byte> ascii = stackalloc byte[CanonicalMaxLength];
        instant = default;
        return span.Length <= CanonicalMaxLength && System.Text.Ascii.FromUtf16(span, ascii, out var written) == System.Buffers.OperationStatus.Done
            && TryCanonical(ascii[..written], out instant);
    }

    /// <summary>The longest text of the canonical form: nine fraction digits and an offset.</summary>
    internal const int CanonicalMaxLength = 35;

    /// <summary><see cref="TryCanonical(ReadOnlySpan{char}, out Instant)"/> on the UTF-8 bytes of the text.</summary>
    internal static bool TryCanonical(ReadOnlySpan<byte> span, out Instant instant)
    {
        instant = default;
        if (span.Length < 20 || span[4] != '-' || span[7] != '-' || span[10] != 'T' || span[13] != ':' || span[16] != ':'
            || !Number(span[..4], out var year) || !Number(span[5..7], out var month) || !Number(span[8..10], out var day)
            || !Number(span[11..13], out var hour) || !Number(span[14..16], out var minute) || !Number(span[17..19], out var second))
        {
            return false;
        }

        var at = 19;
        var nanoseconds = 0;
        if (span[at] is (byte)'.' or (byte)',')
        {
            var digits = 0;
            at++;
            while (at < span.Length && char.IsAsciiDigit((char)span[at]) && digits < 9)
            {
                nanoseconds = (nanoseconds * 10) + (span[at++] - '0');
                digits++;
            }

            if (digits == 0 || (at < span.Length && char.IsAsciiDigit((char)span[at])))
            {
                return false;
            }

            for (; digits < 9; digits++)
            {
                nanoseconds *= 10;
            }
        }

        int offsetSeconds;
        var rest = span[at..];
        if (rest is [(byte)'Z'])
        {
            offsetSeconds = 0;
        }
        else if (rest.Length == 6 && rest[0] is (byte)'+' or (byte)'-' && rest[3] == ':' && Number(rest[1..3], out var offsetHours) && Number(rest[4..6], out var offsetMinutes)
            && offsetHours <= 18 && offsetMinutes < 60)
        {
            offsetSeconds = (rest[0] == '-' ? -1 : 1) * ((offsetHours * 3600) + (offsetMinutes * 60));
        }
        else
        {
            return false;
        }

        // Years 1 and 9999 are left to the patterns too: an offset can take their instants beyond the range of Instant.
        if (year is < 2 or > 9998 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59
            || Math.Abs(offsetSeconds) > 18 * 3600)
        {
            return false;
        }

        // The local time's seconds since 1970-01-01T00:00 (proleptic Gregorian, as NodaTime's ISO calendar), less the offset.
        var seconds = (DaysFromCivil(year, month, day) * 86_400L) + (hour * 3_600) + (minute * 60) + second - offsetSeconds;
        instant = NodaTime.Instant.FromUnixTimeTicks((seconds * NodaConstants.TicksPerSecond) + (nanoseconds / 100)) + NodaTime.Duration.FromNanoseconds(nanoseconds % 100);
        return true;
    }

    /// <summary>The days from 1970-01-01 to the date, in integer arithmetic (the inverse of the decision JSON writer's).</summary>
    private static long DaysFromCivil(int year, int month, int day)
    {
        var y = month <= 2 ? year - 1 : year;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yearOfEra = y - (era * 400);
        var dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146_097L) + dayOfEra - 719_468;
    }

    private static bool Number(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (!char.IsAsciiDigit((char)digit))
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return true;
    }

    public Duration? Duration(YamlNode node, string path)
    {
        if (Text(node, path) is not { } text)
        {
            return null;
        }

        if (text.Trim().StartsWith('P'))
        {
            return IsoDuration(node, path, text.Trim());
        }

        var match = DurationText().Match(text.Trim());
        if (!match.Success || match.Length == 0)
        {
            Error(node, path, ErrorCodes.ValueUnknown, $"'{text}' is not a duration; write it like 48h, 7d or 90m, or in ISO 8601 like PT48H or P7D.");
            return null;
        }

        var total = NodaTime.Duration.Zero;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var unit = part.Value[^1];
            if (!long.TryParse(part.Value[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount > 100_000)
            {
                Error(node, path, ErrorCodes.ValueUnknown, $"'{text}' is not a duration the policy can use.");
                return null;
            }

            total += unit switch
            {
                'd' => NodaTime.Duration.FromDays(amount),
                'h' => NodaTime.Duration.FromHours(amount),
                'm' => NodaTime.Duration.FromMinutes(amount),
                _ => NodaTime.Duration.FromSeconds(amount),
            };
        }

        return total;
    }

    /// <summary>An ISO 8601 duration (<c>PT48H</c>, <c>P7D</c>, <c>P1DT12H</c>): weeks, days, hours, minutes and seconds, no
    /// months or years (their length in time is not fixed).</summary>
    private Duration? IsoDuration(YamlNode node, string path, string text)
    {
        var parsed = PeriodPattern.NormalizingIso.Parse(text);
        Duration duration;
        try
        {
            duration = parsed.Success && parsed.Value.Years == 0 && parsed.Value.Months == 0 ? parsed.Value.ToDuration() : NodaTime.Duration.MinValue;
        }
        catch (OverflowException)
        {
            duration = NodaTime.Duration.MaxValue;
        }

        if (duration == NodaTime.Duration.MinValue)
        {
            Error(node, path, ErrorCodes.ValueUnknown, $"'{text}' is not an ISO 8601 duration of weeks, days, hours, minutes and seconds (PT48H, P7D).");
            return null;
        }

        if (duration > NodaTime.Duration.FromDays(100_000))
        {
            Error(node, path, ErrorCodes.ValueUnknown, $"'{text}' is not a duration the policy can use.");
            return null;
        }

        return duration;
    }

    public int? Integer(YamlNode node, string path)
    {
        if (Text(node, path) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(node, path, ErrorCodes.ValueUnknown, $"'{text}' is not a whole number.");
        return null;
    }

    public decimal? Number(YamlNode node, string path)
    {
        if (Text(node, path) is not { } text)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(node, path, ErrorCodes.ValueUnknown, $"'{text}' is not a number.");
        return null;
    }

    public bool? Boolean(YamlNode node, string path)
    {
        switch (Text(node, path))
        {
            case null:
                return null;
            case "true" or "True" or "TRUE" or "yes":
                return true;
            case "false" or "False" or "FALSE" or "no":
                return false;
            case var other:
                Error(node, path, ErrorCodes.ValueUnknown, $"'{other}' is not true or false.");
                return null;
        }
    }

    /// <summary>A public word of the catalogue (<c>non-essential</c>, <c>negative</c>, ...).</summary>
    public TEnum? Term<TEnum>(YamlNode node, string path)
        where TEnum : struct, Enum
    {
        if (Text(node, path) is not { } text)
        {
            return null;
        }

        if (PolicyTerms.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        var words = PolicyTerms.All<TEnum>();
        Error(node, path, ErrorCodes.ValueUnknown, $"'{text}' is not one of: {string.Join(", ", words)}.");
        return null;
    }

    private bool Spend(YamlNode node, string path)
    {
        var children = node switch
        {
            YamlMappingNode mapping => mapping.Children.Count,
            YamlSequenceNode sequence => sequence.Children.Count,
            _ => 1,
        };
        if (budget.Take(children))
        {
            return true;
        }

        if (!budget.Reported)
        {
            budget.Reported = true;
            Error(node, path, CasebookLimits.NodesCode, $"The file reads more than {CasebookLimits.MaxNodes} values (aliases count each time they are used).");
        }

        return false;
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    private static string Suggest(string key, string[] known)
    {
        var close = known.FirstOrDefault(k => Distance(k, key) <= 2);
        return close is null ? string.Empty : $" (did you mean '{close}'?)";
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>What is left of <see cref="CasebookLimits.MaxNodes"/> for one file.</summary>
    internal sealed class Budget(Beibei.Rules.Engine.Policy? policy = null)
    {
        private long left = CasebookLimits.MaxNodes;

        /// <summary>The policy whose clause, obligation and condition ids a file's <c>clause</c> and <c>expect</c> name.</summary>
        public Policy Policy { get; } = policy ?? Policy.Chongqing2022;

        public bool Reported { get; set; }

        public bool Take(int count)
        {
            left -= count;
            return left >= 0;
        }
    }

    [GeneratedRegex(@"^(?<part>\d+[dhms])+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DurationText();
}
