using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Beibei.Rules.AspNetCore;
using Beibei.Rules.Casebook;
using Beibei.Rules.Cli;
using Beibei.Rules.Decisions;

namespace Beibei.Rules.Tests.Cli;

/// <summary>Every error's message in English and Chinese, on the command line and over HTTP; the code and field never
/// change with the language.</summary>
public sealed partial class ErrorLanguageTests(Service.ServiceFactory service) : IClassFixture<Service.ServiceFactory>
{
    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var code in ErrorCodes.All.Concat(CasebookLimits.Codes).Append(ServiceErrorCodes.MediaType).Append(ServiceErrorCodes.BatchItems).Distinct())
        {
            data.Add(code);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCode_HasAChineseMessage(string code)
    {
        var zh = ErrorMessages.In("zh", code, "person.region", "'x' is not a region of the table.");

        Assert.Matches(Han(), zh);
        Assert.NotEqual(ErrorMessages.In("zh", "no.such-code", "person.region", "whatever"), zh);
        Assert.Equal("'x' is not a region of the table.", ErrorMessages.In("en", code, "person.region", "'x' is not a region of the table."));
    }

    [Fact]
    public void EveryErrorCaseOfTheCasebook_InChinese_KeepsItsCodeAndField_AndHasNoEnglish()
    {
        var checkedCases = 0;
        foreach (var path in Directory.EnumerateFiles(Samples.CasesFolder(), "*.yaml"))
        {
            foreach (var (name, body) in Service.EveryCaseOverHttpTests.Cases(Path.GetFileName(path)).Where(c => c.Body.ContainsKey("at")))
            {
                var en = Errors(body.ToJsonString(), "en");
                if (en is null)
                {
                    continue;
                }

                var zh = Errors(body.ToJsonString(), "zh")!;
                Assert.Equal(en.Select(e => (e.Code, e.Field)), zh.Select(e => (e.Code, e.Field)));
                foreach (var (code, field, message) in zh)
                {
                    Assert.Matches(Han(), message);
                    var english = English().Matches(Quoted().Replace(message.Replace(field, string.Empty, StringComparison.Ordinal), string.Empty))
                        .Select(m => m.Value).Where(w => !Allowed.Contains(w)).ToList();
                    Assert.True(english.Count == 0, $"{name}: {code}: {message}: {string.Join(", ", english)}");
                }

                checkedCases++;
            }
        }

        Assert.True(checkedCases > 30);
    }

    [Fact]
    public async Task OverHttp_TheMessagesFollowAcceptLanguage()
    {
        using var client = service.CreateClient();
        using var zh = new HttpRequestMessage(HttpMethod.Post, "/v1/decisions") { Content = Service.Json.Body("""{"person":{"region":"北培"},"ask":{"leave-home":{"purpose":"essential"}}}""") };
        zh.Headers.AcceptLanguage.ParseAdd("zh-CN");
        using var en = new HttpRequestMessage(HttpMethod.Post, "/v1/decisions") { Content = Service.Json.Body("""{"person":{"region":"北培"},"ask":{"leave-home":{"purpose":"essential"}}}""") };

        var chinese = JsonNode.Parse(await (await client.SendAsync(zh)).Content.ReadAsStringAsync())!;
        var english = JsonNode.Parse(await (await client.SendAsync(en)).Content.ReadAsStringAsync())!;

        Assert.Equal("「北培」不是区县表中的地区。", chinese["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("「北培」不是区县表中的地区。", chinese["detail"]!.GetValue<string>());
        Assert.Equal("'北培' is not a region of the table.", english["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(english["errors"]![0]!["code"]!.ToJsonString(), chinese["errors"]![0]!["code"]!.ToJsonString());
    }

    // Words a Chinese message may hold: the literal values and keys the format takes.
    private static readonly HashSet<string> Allowed = ["true", "false", "ask", "travel", "enter", "public", "place", "leave", "home", "gathering", "resulted", "UTC", "YAML", "JSON", "UTF", "MiB", "Content", "Type", "application", "json"];

    private static List<(string Code, string Field, string Message)>? Errors(string body, string language)
    {
        var output = new StringWriter();
        var exit = CommandLine.Run(["evaluate", "-", "--format", "json", "--lang", language], new StringReader(body), output, new StringWriter());
        return exit == CommandLine.Ok
            ? null
            : [.. JsonNode.Parse(output.ToString())!["errors"]!.AsArray().Select(e => (e!["code"]!.GetValue<string>(), e["field"]!.GetValue<string>(), e["message"]!.GetValue<string>()))];
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    // Quoted values, ids, instants, the lists of the words a field takes (可选：…, 可用的键：…) and the forms to write (请写作 …), which are typed as is.
    [GeneratedRegex("「[^」]*」|(可选|可用的键)：[^。]*|请写作[^。]*|[a-z0-9]+([.\\-/][a-z0-9]+)+|[0-9T:+\\-]{10,}")]
    private static partial Regex Quoted();

    [GeneratedRegex("[A-Za-z]+")]
    private static partial Regex English();
}
