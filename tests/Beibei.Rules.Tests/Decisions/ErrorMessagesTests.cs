using Beibei.Rules.Decisions;

namespace Beibei.Rules.Tests.Decisions;

/// <summary>Every error's Chinese sentence (<see cref="ErrorMessages"/>): one row for each code, and for each form of a code
/// that has several, with the value the English message quotes carried over.</summary>
public class ErrorMessagesTests
{
    [Theory]
    [InlineData("region.unknown", "person.region", "'atlantis' is not a region of the table.", "「atlantis」不是区县表中的地区。")]
    [InlineData("time.no-offset", "at", "'2022-11-12T09:30' has no offset.", "at：「2022-11-12T09:30」没有写明与UTC的时差，请写作 2022-11-12T09:30:00+08:00。")]
    [InlineData("time.invalid", "at", "'soon' is not an instant.", "at：「soon」不是有效的时刻，请写作 2022-11-12T09:30:00+08:00。")]
    [InlineData("test.resulted-before-sampled", "person.tests[0].resulted", "resulted is before sampled.", "检测出结果的时间不能早于采样时间。")]
    [InlineData("test.resulted-missing", "person.tests[0].resulted", "A negative test needs resulted.", "阴性或阳性的检测须写明出结果的时间（resulted）。")]
    [InlineData("isolation.until-before-from", "person.control-area.until", "until must be after from.", "管控区的结束时间须晚于开始时间。")]
    [InlineData("isolation.until-before-from", "person.isolation.until", "until must be after from.", "居家隔离的结束时间须晚于开始时间。")]
    [InlineData("arrival.from-equals-region", "person.arrival.from", "from is the person's region.", "来源地不能是本人所在的地区。")]
    [InlineData("temperature.out-of-range", "person.temperature", "A temperature of 46.5 °C is outside 30 to 45 °C.", "体温46.5℃不在30–45℃的范围内。")]
    [InlineData("arrival.entered-after-arrival", "person.arrival.entered", "entered is after at.", "入渝时间不能晚于抵达时间。")]
    [InlineData("travel.arrives-before-at", "ask.travel.arrives", "arrives is before at.", "抵达时间不能早于所问的时刻。")]
    [InlineData("value.out-of-range", "options.land-and-test-count", "land-and-test-count must be 2 (3天2检) or 3 (三天三检).", "land-and-test-count 只能是 2（3天2检）或 3（三天三检）。")]
    [InlineData("value.out-of-range", "options.isolation-days", "isolation-days must be at least 1.", "options.isolation-days 的值超出政策可用的范围。")]
    [InlineData("key.unknown", "person.regoin", "The key 'regoin' is unknown; one of: region, tests", "未知的键「regoin」，可用的键：region、tests。")]
    [InlineData("key.unknown", "person.regoin", "The key 'regoin' is unknown.", "未知的键「regoin」。")]
    [InlineData("key.missing", "person.region", "region is required.", "缺少必填项 person.region。")]
    [InlineData("key.missing", "", "A case is required.", "缺少必填项 输入。")]
    [InlineData("ask.not-one", "ask", "ask holds two questions.", "ask 须且只能包含 travel、enter-public-place、leave-home、gathering 中的一项。")]
    [InlineData("syntax", "", "The body is not UTF-8 text.", "请求内容不是 UTF-8 文本。")]
    [InlineData("syntax", "person", "The key 'region' is written twice.", "键「region」重复出现。")]
    [InlineData("syntax", "", "A file holds one YAML document.", "一个文件只能包含一个 YAML 文档。")]
    [InlineData("syntax", "", "Unexpected character at line 3.", "内容不是有效的 YAML 或 JSON，请检查该行的写法。")]
    [InlineData("limit.file-size", "", "Larger than 4 MiB.", "内容超过 4 MiB 的上限。")]
    [InlineData("limit.depth", "", "Deeper than 32.", "列表与映射嵌套超过 32 层的上限。")]
    [InlineData("limit.nodes", "", "More than 250,000 values.", "内容包含的值超过 250,000 个的上限。")]
    [InlineData("limit.string", "", "A value is longer than 10,000 characters.", "有值超过 10,000 个字符的上限。")]
    [InlineData("limit.cases", "", "More than 10,000 cases.", "一个文件最多包含 10,000 个案例。")]
    [InlineData("limit.tests", "", "More than 1,000 tests.", "一个人最多记录 1,000 次检测。")]
    [InlineData("limit.batch-items", "items", "A batch holds at most 500 items; this one holds 501.", "一批请求的条目超过上限（500 条）。")]
    [InlineData("file.unreadable", "", "The file does not exist.", "文件不存在。")]
    [InlineData("file.unreadable", "", "Permission denied.", "文件无法读取。")]
    [InlineData("request.media-type", "", "The body must be JSON.", "请求内容须为 JSON，并以 Content-Type: application/json 发送。")]
    [InlineData("something.new", "person.x", "Whatever.", "person.x：输入有误（something.new）。")]
    [InlineData("value.unknown", "person.tests", "tests must be a list.", "person.tests 须为列表。")]
    [InlineData("value.unknown", "person", "person must be a mapping.", "person 须为键值映射。")]
    [InlineData("value.unknown", "person.region", "region must be a single value.", "person.region 须为单个值，不能是列表或映射。")]
    [InlineData("value.unknown", "options.isolation-days", "'7.5' is not a whole number.", "options.isolation-days：「7.5」不是整数。")]
    [InlineData("value.unknown", "person.temperature", "'hot' is not a number.", "person.temperature：「hot」不是数字。")]
    [InlineData("value.unknown", "options.proof-window", "'two days' is not a duration.", "options.proof-window：「two days」不是可用的时长，请写作 48h、7d、90m，或 ISO 8601 的 PT48H、P7D。")]
    [InlineData("value.unknown", "options.proof-window", "'P' is not an ISO 8601 duration.", "options.proof-window：「P」不是可用的时长，请写作 48h、7d、90m，或 ISO 8601 的 PT48H、P7D。")]
    [InlineData("value.unknown", "person.isolation.lives-alone", "'yes' is not true or false.", "person.isolation.lives-alone：「yes」须为 true 或 false。")]
    [InlineData("value.unknown", "person.tests[0].result", "'maybe' is unknown; expected one of: negative, positive, pending.", "person.tests[0].result：「maybe」不是可用的值，可选：negative、positive、pending。")]
    [InlineData("value.unknown", "options.day-one", "'soon' must be arrival-day, next-day or calendar-day.", "options.day-one：「soon」不是可用的值，可选：arrival-day、next-day、calendar-day。")]
    [InlineData("value.unknown", "options.day-one", "'soon' is unknown.", "options.day-one：「soon」不是可用的值。")]
    [InlineData("value.unknown", "options.advice", "The value must be deny or inform.", "options.advice 的值无法识别，可选：deny、inform。")]
    [InlineData("value.unknown", "options.advice", "The value is unknown.", "options.advice 的值无法识别。")]
    public void EachCode_AndEachFormOfACode_HasItsChineseSentence(string code, string field, string english, string chinese)
    {
        Assert.Equal(chinese, ErrorMessages.Chinese(code, field, english));
        Assert.Equal(chinese, ErrorMessages.In("zh-CN", code, field, english));
        Assert.Equal(english, ErrorMessages.In("en", code, field, english));
    }

    [Fact]
    public void NullArguments_AreRefused()
    {
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => ErrorMessages.Chinese(null!, "f", "m")).ParamName);
        Assert.Equal("field", Assert.Throws<ArgumentNullException>(() => ErrorMessages.Chinese("c", null!, "m")).ParamName);
        Assert.Equal("message", Assert.Throws<ArgumentNullException>(() => ErrorMessages.Chinese("c", "f", null!)).ParamName);
        Assert.Equal("language", Assert.Throws<ArgumentNullException>(() => ErrorMessages.In(null!, "c", "f", "m")).ParamName);
    }
}
