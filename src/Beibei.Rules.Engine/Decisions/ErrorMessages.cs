using System.Text.RegularExpressions;

namespace Beibei.Rules.Decisions;

/// <summary>Every error's message in English and Chinese. The library, the casebook reader and the decision service
/// write their messages in English; this catalogue gives each its Chinese sentence, by code and, where one code has
/// several sentences, by the English sentence's form, keeping the value it quotes.</summary>
/// <remarks>The code and the field of an error never change with the language. A message this catalogue does not know
/// falls back to its code's general sentence, so no error is ever without Chinese. Thread-safe.</remarks>
public static partial class ErrorMessages
{
    /// <summary>The message in <paramref name="language"/> (<c>zh</c> or <c>zh-*</c>: Chinese; anything else: the English
    /// <paramref name="message"/> as given).</summary>
    /// <param name="language">The language.</param>
    /// <param name="code">The error's code, e.g. <c>region.unknown</c>.</param>
    /// <param name="field">The field's path, e.g. <c>person.region</c>.</param>
    /// <param name="message">The English message.</param>
    /// <returns>The message to show.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string In(string language, string code, string field, string message)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(message);
        return language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese(code, field, message) : message;
    }

    /// <summary>The Chinese message of an error.</summary>
    /// <param name="code">The error's code.</param>
    /// <param name="field">The field's path.</param>
    /// <param name="message">The English message.</param>
    /// <returns>The Chinese sentence.</returns>
    public static string Chinese(string code, string field, string message)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(message);
        var quoted = Quoted().Match(message) is { Success: true } q ? q.Groups["value"].Value : null;
        var choices = OneOf().Match(message) is { Success: true } c ? c.Groups["words"].Value.TrimEnd('.').Replace(", ", "、", StringComparison.Ordinal) : null;
        var name = field.Length == 0 ? "输入" : field;
        return code switch
        {
            ErrorCodes.RegionUnknown => $"「{quoted}」不是区县表中的地区。",
            ErrorCodes.TimeNoOffset => $"{name}：「{quoted}」没有写明与UTC的时差，请写作 2022-11-12T09:30:00+08:00。",
            ErrorCodes.TimeInvalid => $"{name}：「{quoted}」不是有效的时刻，请写作 2022-11-12T09:30:00+08:00。",
            ErrorCodes.TestResultedBeforeSampled => "检测出结果的时间不能早于采样时间。",
            ErrorCodes.TestResultedMissing => "阴性或阳性的检测须写明出结果的时间（resulted）。",
            ErrorCodes.IsolationUntilBeforeFrom when field.Contains("control-area", StringComparison.Ordinal) => "管控区的结束时间须晚于开始时间。",
            ErrorCodes.IsolationUntilBeforeFrom => "居家隔离的结束时间须晚于开始时间。",
            ErrorCodes.ArrivalFromEqualsRegion => "来源地不能是本人所在的地区。",
            ErrorCodes.TemperatureOutOfRange => $"体温{Number().Match(message).Value}℃不在30–45℃的范围内。",
            ErrorCodes.ArrivalEnteredAfterArrival => "入渝时间不能晚于抵达时间。",
            ErrorCodes.TravelArrivesBeforeAt => "抵达时间不能早于所问的时刻。",
            ErrorCodes.ValueUnknown => ValueUnknown(name, message, quoted, choices),
            ErrorCodes.ValueOutOfRange => message.Contains("land-and-test-count", StringComparison.Ordinal)
                ? "land-and-test-count 只能是 2（3天2检）或 3（三天三检）。"
                : $"{name} 的值超出政策可用的范围。",
            ErrorCodes.KeyUnknown => $"未知的键「{quoted}」{(choices is null ? string.Empty : $"，可用的键：{choices}")}。",
            ErrorCodes.KeyMissing => $"缺少必填项 {name}。",
            ErrorCodes.AskNotOne => "ask 须且只能包含 travel、enter-public-place、leave-home、gathering 中的一项。",
            ErrorCodes.Syntax => message.Contains("UTF-8", StringComparison.Ordinal) ? "请求内容不是 UTF-8 文本。"
                : message.Contains("written twice", StringComparison.Ordinal) ? $"键「{quoted}」重复出现。"
                : message.Contains("one YAML document", StringComparison.Ordinal) ? "一个文件只能包含一个 YAML 文档。"
                : "内容不是有效的 YAML 或 JSON，请检查该行的写法。",
            "limit.file-size" => "内容超过 4 MiB 的上限。",
            "limit.depth" => "列表与映射嵌套超过 32 层的上限。",
            "limit.nodes" => "内容包含的值超过 250,000 个的上限。",
            "limit.string" => "有值超过 10,000 个字符的上限。",
            "limit.cases" => "一个文件最多包含 10,000 个案例。",
            "limit.tests" => "一个人最多记录 1,000 次检测。",
            "limit.batch-items" => $"一批请求的条目超过上限（{Number().Match(message).Value} 条）。",
            "file.unreadable" => message.Contains("does not exist", StringComparison.Ordinal) ? "文件不存在。" : "文件无法读取。",
            "request.media-type" => "请求内容须为 JSON，并以 Content-Type: application/json 发送。",
            _ => $"{name}：输入有误（{code}）。",
        };
    }

    private static string ValueUnknown(string name, string message, string? quoted, string? choices)
    {
        if (message.Contains("must be a list", StringComparison.Ordinal))
        {
            return $"{name} 须为列表。";
        }

        if (message.Contains("must be a mapping", StringComparison.Ordinal))
        {
            return $"{name} 须为键值映射。";
        }

        if (message.Contains("must be a single value", StringComparison.Ordinal))
        {
            return $"{name} 须为单个值，不能是列表或映射。";
        }

        if (message.Contains("not a whole number", StringComparison.Ordinal))
        {
            return $"{name}：「{quoted}」不是整数。";
        }

        if (message.Contains("not a number", StringComparison.Ordinal))
        {
            return $"{name}：「{quoted}」不是数字。";
        }

        if (message.Contains("not a duration", StringComparison.Ordinal) || message.Contains("ISO 8601 duration", StringComparison.Ordinal))
        {
            return $"{name}：「{quoted}」不是可用的时长，请写作 48h、7d、90m，或 ISO 8601 的 PT48H、P7D。";
        }

        if (message.Contains("not true or false", StringComparison.Ordinal))
        {
            return $"{name}：「{quoted}」须为 true 或 false。";
        }

        var must = Must().Match(message);
        var words = choices ?? (must.Success ? must.Groups["words"].Value.TrimEnd('.').Replace(", ", "、", StringComparison.Ordinal).Replace(" or ", "、", StringComparison.Ordinal) : null);
        return quoted is not null
            ? $"{name}：「{quoted}」不是可用的值{(words is null ? string.Empty : $"，可选：{words}")}。"
            : $"{name} 的值无法识别{(words is null ? string.Empty : $"，可选：{words}")}。";
    }

    [GeneratedRegex("'(?<value>[^']*)'")]
    private static partial Regex Quoted();

    [GeneratedRegex("(one of|expected one of): (?<words>.+)$")]
    private static partial Regex OneOf();

    [GeneratedRegex("must be (?<words>[a-z-]+(, [a-z-]+)*( or [a-z-]+)?)\\.?$")]
    private static partial Regex Must();

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Number();
}
