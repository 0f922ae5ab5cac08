using System.CommandLine;
using System.Globalization;
using System.Text;
using Beibei.Rules.Casebook;
using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Policies.Chongqing2022;
using NodaTime;

namespace Beibei.Rules.Cli;

/// <summary>The <c>beibei-rules</c> commands: thin wrappers over the casebook and the library, parsed with
/// System.CommandLine. The tool never decides.</summary>
/// <remarks>Every command has <c>--help</c>; the tool has <c>--version</c>; a mistyped command or option is bad input
/// (exit status 2) with suggestions. <c>--format</c> means the same everywhere: <c>text</c> for people, <c>json</c> for
/// programs (<c>markdown</c> for the casebook); each command's default is the format its output is for, and bad input is
/// written in the format asked for.</remarks>
public static class CommandLine
{
    /// <summary>Everything passed and decided.</summary>
    public const int Ok = 0;

    /// <summary>A case failed.</summary>
    public const int CaseFailed = 1;

    /// <summary>Bad input: a file could not be read, or the command line is wrong.</summary>
    public const int BadInput = 2;

    private const string Usage = "usage: beibei-rules <command> [arguments] [options]; 'beibei-rules --help' lists the commands, 'beibei-rules <command> --help' explains one.";

    /// <summary>Runs one command.</summary>
    /// <param name="args">The command and its arguments.</param>
    /// <param name="input">Standard input (for <c>-</c>).</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <returns>The exit status.</returns>
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var root = Commands.Build(input, output, error);
        var parsed = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine("beibei-rules: " + problem.Message);
            }

            foreach (var suggestion in Suggestions.For(parsed))
            {
                error.WriteLine(suggestion);
            }

            error.WriteLine(Usage);
            return BadInput;
        }

        try
        {
            return parsed.Invoke(configuration);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OutOfMemoryException or InvalidOperationException or ArgumentException)
        {
            // Whatever happens, one clear line, never a stack trace.
            error.WriteLine($"beibei-rules: {e.GetType().Name}: {e.Message}");
            return BadInput;
        }
    }

    /// <summary><c>test PATH...</c>: runs every case of the files or folders.</summary>
    internal static int Test(IReadOnlyList<string> paths, bool json, string language, TextWriter output, TextWriter error)
    {
        var zh = HumanText.IsChinese(language);
        if (!TryFindFiles(paths, error, out var files))
        {
            return BadInput;
        }

        int passed = 0, failed = 0;
        var fileErrors = new List<CasebookError>();
        foreach (var path in files)
        {
            var read = CasebookReader.ReadFile(path);
            if (!read.IsValid)
            {
                fileErrors.AddRange(read.Errors);
                foreach (var problem in read.Errors)
                {
                    if (json)
                    {
                        output.WriteLine(DecisionJson.Write([problem]).ReplaceLineEndings(" "));
                    }
                    else
                    {
                        error.WriteLine((problem with { Message = ErrorMessages.In(language, problem.Code, problem.Field, problem.Message) }).ToString());
                    }
                }

                continue;
            }

            foreach (var result in CaseRunner.Run(read.File!))
            {
                if (result.Passed)
                {
                    passed++;
                }
                else
                {
                    failed++;
                }

                if (json)
                {
                    output.WriteLine(CaseJson(result));
                }
                else if (!result.Passed)
                {
                    output.WriteLine(zh
                        ? $"未通过 {result.Case.File}:{result.Case.Line}：{result.Case.NameIn(language)}"
                        : $"FAIL {result.Case.File}:{result.Case.Line}: {result.Case.Name}");
                    foreach (var failure in result.Failures)
                    {
                        output.WriteLine(zh
                            ? $"  {result.Case.File}:{failure.Line}：{failure.Field}：应为 {failure.Expected}，实际为 {failure.Actual}"
                            : $"  {result.Case.File}:{failure.Line}: {failure.Field}: expected {failure.Expected}, actual {failure.Actual}");
                    }
                }
            }
        }

        if (json)
        {
            output.WriteLine($"{{\"passed\": {passed}, \"failed\": {failed}, \"file-errors\": {fileErrors.Count}}}");
        }
        else
        {
            if (fileErrors.Count > 0)
            {
                output.WriteLine(zh
                    ? $"文件有{fileErrors.Count}处问题（见上文），这些文件的案例未运行"
                    : $"{fileErrors.Count} file problem(s): see above; those files' cases were not run");
            }

            // The last line is the casebook format's contract for scripts and CI, the same in every language; a Chinese
            // reader gets the count in Chinese just before it.
            if (zh)
            {
                output.WriteLine((passed, failed) switch
                {
                    (0, 0) => "没有运行任何案例。",
                    (_, 0) => $"共{passed}个案例，全部通过。",
                    _ => $"共{passed + failed}个案例：{passed}个通过，{failed}个未通过。",
                });
            }

            output.WriteLine($"{passed} passed, {failed} failed");
        }

        return fileErrors.Count > 0 ? BadInput : failed > 0 ? CaseFailed : Ok;
    }

    /// <summary><c>evaluate FILE|-</c>: decides one case and prints the decision.</summary>
    internal static int Evaluate(string file, bool json, string language, TextReader input, TextWriter output)
    {
        if (!TryReadCase(file, json, input, output, out var definition, language))
        {
            return BadInput;
        }

        var result = CaseRunner.Decide(definition);
        if (!result.IsValid)
        {
            WriteErrors(ToCasebookErrors(result.Errors, definition), json, output, language);
            return BadInput;
        }

        output.WriteLine(json ? DecisionJson.Write(result.Value) : HumanText.Decision(result.Value, language));
        return Ok;
    }

    /// <summary><c>timeline FILE|- --until INSTANT</c>: the verdict of the case's question over time.</summary>
    internal static int Timeline(string file, string until, string format, string language, TextReader input, TextWriter output)
    {
        var json = format == "json";
        if (!TryInstant(until, "--until", json, output, out var end, language) || !TryReadCase(file, json, input, output, out var definition, language))
        {
            return BadInput;
        }

        var evaluator = new Evaluator(definition.Policy, definition.Options);
        var result = evaluator.Timeline(definition.Person, definition.Ask, definition.At!.Value, end);
        if (!result.IsValid)
        {
            WriteErrors(ToCasebookErrors(result.Errors, definition), json, output, language);
            return BadInput;
        }

        output.WriteLine(format switch
        {
            "json" => DecisionJson.Write(result.Value),
            "svg" => TimelineSvg.Render(result.Value, definition.Person!, definition.At!.Value),
            // Each segment with the duties of its first instant (a segment that starts just after an inclusive end: the
            // next nanosecond), as the person knew them then.
            _ => HumanText.Timeline(result.Value, language, at => evaluator.Decide(definition.Person, definition.Ask, at).Value),
        });
        return Ok;
    }

    /// <summary><c>casebook PATH...</c>: the casebook as one Markdown document, or one HTML page.</summary>
    internal static int Casebook(IReadOnlyList<string> paths, string? outPath, string language, bool html, TextWriter output, TextWriter error)
    {
        if (!TryReadFiles(paths, error, out var files))
        {
            return BadInput;
        }

        var markdown = html ? CasebookHtml.Render(files, language) : CasebookRenderer.Render(files, language);
        if (outPath is null)
        {
            output.Write(markdown);
            return Ok;
        }

        try
        {
            File.WriteAllText(outPath, markdown, new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"{outPath}:0: cannot write: {e.Message}");
            return BadInput;
        }

        output.WriteLine($"wrote {outPath}: {files.Sum(f => f.Cases.Count)} cases from {files.Count} files");
        return Ok;
    }

    /// <summary><c>coverage PATH...</c>: what the casebook exercises of the policy.</summary>
    internal static int Coverage(IReadOnlyList<string> paths, bool json, double? failUnder, string language, TextWriter output, TextWriter error)
    {
        if (!TryReadFiles(paths, error, out var files))
        {
            return BadInput;
        }

        var report = CasebookCoverage.Measure(files);
        output.WriteLine(json ? CoverageText.Json(report) : CoverageText.Text(report, language));
        return failUnder is { } least && report.Percent < least ? CaseFailed : Ok;
    }

    /// <summary><c>clauses [--at INSTANT]</c>: the clauses in force, with sources and parameters.</summary>
    internal static int Clauses(string? atText, bool json, string language, TextWriter output)
    {
        var zh = HumanText.IsChinese(language);
        var options = new PolicyOptions();
        var policy = Policy.Chongqing2022;
        Instant? asked = null;
        if (atText is not null)
        {
            if (!TryInstant(atText, "--at", json, output, out var at))
            {
                return BadInput;
            }

            asked = at;
            if (!(at >= options.InForceFrom && at < options.InForceUntil) && !json)
            {
                output.WriteLine(zh
                    ? $"{PolicyTime.Format(at)}时没有有效条款：本政策自{PolicyTime.Format(options.InForceFrom)}起施行，至{PolicyTime.Format(options.InForceUntil)}止（{Evaluator.NoneInForce}）。"
                    : $"No clause is in force at {PolicyTime.Format(at)}: the policy is in force from {PolicyTime.Format(options.InForceFrom)} until {PolicyTime.Format(options.InForceUntil)} ({Evaluator.NoneInForce}).");
                return Ok;
            }
        }

        if (json)
        {
            output.WriteLine(ListingJson.Clauses(policy, options, asked));
            return Ok;
        }

        string[] labels = zh
            ? ["  来源：", "  原文：", "  概要：", "  参数：", "  须做的事：", "  条件：", "未作判定的部分："]
            : ["  sources:    ", "  quotation:  ", "  summary:    ", "  parameters: ", "  duties:     ", "  conditions: ", "Not evaluated:"];
        output.WriteLine(zh
            ? $"有效期：自{PolicyTime.Format(options.InForceFrom)}起，至{PolicyTime.Format(options.InForceUntil)}止（不含）。"
            : $"In force from {PolicyTime.Format(options.InForceFrom)} until {PolicyTime.Format(options.InForceUntil)} (exclusive).");
        output.WriteLine();
        foreach (var clause in asked is { } instant ? policy.ClausesInForceAt(instant) : policy.Clauses)
        {
            output.WriteLine(clause.Id);
            output.WriteLine(zh
                ? $"{labels[0]}{string.Join("、", clause.Citation.Sources)}（{clause.Citation.Paragraph}）"
                : $"{labels[0]}{string.Join(", ", clause.Citation.Sources)} ({clause.Citation.Paragraph})");
            output.WriteLine($"{labels[1]}{clause.Citation.Quotation}");
            output.WriteLine($"{labels[2]}{clause.Citation.Summary.In(language)}");
            foreach (var (label, items) in new[] { (labels[3], clause.Parameters), (labels[4], clause.ObligationIds), (labels[5], clause.ConditionIds) })
            {
                if (items.Count > 0)
                {
                    output.WriteLine($"{label}{string.Join(zh ? "、" : ", ", items)}");
                }
            }
        }

        output.WriteLine();
        output.WriteLine(labels[6]);
        foreach (var item in policy.NotEvaluable)
        {
            output.WriteLine(zh ? $"  {item.Id}（{item.Citation.Paragraph}）：{item.Why.Zh}" : $"  {item.Id} ({item.Citation.Paragraph}): {item.Why.En}");
        }

        return Ok;
    }

    /// <summary><c>regions</c>: the region table.</summary>
    internal static int Regions(bool json, string language, TextWriter output)
    {
        var zh = HumanText.IsChinese(language);
        if (json)
        {
            output.WriteLine(ListingJson.Regions(Policy.Chongqing2022.Regions));
            return Ok;
        }

        output.WriteLine(zh ? "编号\t名称\t简称\tGB/T 2260\t区域" : "id\tname\tshort names\tGB/T 2260\tzone");
        foreach (var region in Chongqing2022Regions.Table.All)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{region.Id}\t{region.Name}\t{string.Join(zh ? "、" : ",", region.ShortNames)}\t{region.GbCode ?? "-"}\t{(zh ? ZoneName(region.Zone) : PolicyTerms.Of(region.Zone))}"));
        }

        return Ok;
    }

    private static string ZoneName(Zone zone) => zone switch
    {
        Zone.Central => "中心城区",
        Zone.Other => "其他区县",
        _ => "市外",
    };

    private static string CaseJson(CaseResult result)
    {
        var failures = string.Join(", ", result.Failures.Select(f =>
            $"{{\"line\": {f.Line}, \"field\": {Quote(f.Field)}, \"expected\": {Quote(f.Expected)}, \"actual\": {Quote(f.Actual)}}}"));
        return $"{{\"file\": {Quote(result.Case.File)}, \"line\": {result.Case.Line}, \"name\": {Quote(result.Case.Name)}, " +
            $"\"passed\": {(result.Passed ? "true" : "false")}, \"failures\": [{failures}]}}";
    }

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    /// <summary>Bad input in the format asked for: the JSON error object for programs, one line per error for people.</summary>
    private static void WriteErrors(IReadOnlyList<CasebookError> errors, bool json, TextWriter output, string language = "en")
    {
        // The message follows --lang; the code, field, file and line never do.
        errors = [.. errors.Select(e => e with { Message = ErrorMessages.In(language, e.Code, e.Field, e.Message) })];
        if (json)
        {
            output.WriteLine(DecisionJson.Write(errors));
            return;
        }

        foreach (var problem in errors)
        {
            output.WriteLine(problem.ToString());
        }
    }

    /// <summary>Reads every casebook file of the paths; false, with each problem on <paramref name="error"/>, when any
    /// cannot be read.</summary>
    private static bool TryReadFiles(IReadOnlyList<string> paths, TextWriter error, out List<CasebookFile> files)
    {
        files = [];
        if (!TryFindFiles(paths, error, out var found))
        {
            return false;
        }

        var problems = 0;
        foreach (var path in found)
        {
            var read = CasebookReader.ReadFile(path);
            foreach (var problem in read.Errors)
            {
                error.WriteLine(problem.ToString());
                problems++;
            }

            if (read.IsValid)
            {
                files.Add(read.File!);
            }
        }

        return problems == 0;
    }

    private static bool TryFindFiles(IReadOnlyList<string> paths, TextWriter error, out List<string> files)
    {
        files = [];
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToArray();
                if (found.Length == 0)
                {
                    error.WriteLine($"{path}:0: no casebook files (*.yaml, *.yml) in this folder");
                    return false;
                }

                files.AddRange(found);
            }
            else
            {
                error.WriteLine($"{path}:0: no such file or folder");
                return false;
            }
        }

        return true;
    }

    private static bool TryReadCase(string path, bool json, TextReader input, TextWriter output, out CaseDefinition definition, string language = "en")
    {
        definition = null!;
        string text;
        if (path == "-")
        {
            // Read at most one character past the limit: the reader rejects anything larger with its own code.
            var buffer = new char[CasebookLimits.MaxBytes + 1];
            var length = input.ReadBlock(buffer, 0, buffer.Length);
            text = new string(buffer, 0, length);
        }
        else if (!CasebookReader.TryReadText(path, out text, out var problem))
        {
            WriteErrors([problem], json, output, language);
            return false;
        }

        var read = CasebookReader.ReadCase(text, path);
        if (read.AllErrors.Count > 0)
        {
            WriteErrors(read.AllErrors, json, output, language);
            return false;
        }

        definition = read.Case!;
        return true;
    }

    private static bool TryInstant(string text, string field, bool json, TextWriter output, out Instant instant, string language = "en")
    {
        var read = CasebookReader.ReadCase($"at: \"{text.Replace("\"", string.Empty, StringComparison.Ordinal)}\"\nperson: {{region: beibei}}\nask: {{leave-home: {{purpose: essential}}}}", field);
        if (read.Case is { At: { } at, InputErrors.Count: 0 })
        {
            instant = at;
            return true;
        }

        instant = default;
        WriteErrors([.. read.AllErrors.Select(e => e with { Field = field, File = "(command line)" })], json, output, language);
        return false;
    }

    private static CasebookError[] ToCasebookErrors(IReadOnlyList<InputError> errors, CaseDefinition definition) =>
        [.. errors.Select(e => new CasebookError(
            definition.File,
            definition.FieldLines.TryGetValue(e.Field, out var line) ? line : definition.Line,
            e.Field,
            e.Code,
            e.Message))];
}
