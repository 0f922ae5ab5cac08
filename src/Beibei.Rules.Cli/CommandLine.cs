using System.Globalization;
using System.Text;
using Beibei.Rules.Casebook;
using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using NodaTime;

namespace Beibei.Rules.Cli;

/// <summary>The <c>beibei-rules</c> commands: thin wrappers over the casebook and the library. The tool never decides.</summary>
public static class CommandLine
{
    /// <summary>Everything passed and decided.</summary>
    public const int Ok = 0;

    /// <summary>A case failed.</summary>
    public const int CaseFailed = 1;

    /// <summary>Bad input: a file could not be read, or the command line is wrong.</summary>
    public const int BadInput = 2;

    private const string Usage = """
        usage: beibei-rules <command> [arguments]

          test PATH... [--format json]            run every case in the files or folders (*.yaml, *.yml)
          evaluate FILE|- [--format text]         decide one case (YAML or JSON) and print the decision as JSON
          timeline FILE|- --until INSTANT [--format json]
                                                  the verdict of the case's question from its 'at' until INSTANT
          casebook PATH... [--out FILE] [--lang en|zh]
                                                  render the casebook as Markdown for auditors
          clauses [--at INSTANT]                  list the clauses (in force at INSTANT) with sources and parameters
          regions                                 list the region table

        exit status: 0 ok; 1 a case failed; 2 bad input
        """;

    /// <summary>Runs one command.</summary>
    /// <param name="args">The command and its arguments.</param>
    /// <param name="input">Standard input (for <c>-</c>).</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <returns>The exit status.</returns>
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            var parsed = Arguments.Parse(args);
            return parsed.Command switch
            {
                "test" => Test(parsed, output, error),
                "evaluate" => Evaluate(parsed, input, output, error),
                "timeline" => TimelineCommand(parsed, input, output, error),
                "casebook" => Casebook(parsed, output, error),
                "clauses" => Clauses(parsed, output, error),
                "regions" => Regions(parsed, output),
                "help" or "--help" or "-h" => Help(output),
                _ => Fail(error, $"unknown command '{parsed.Command}'\n\n{Usage}"),
            };
        }
        catch (ArgumentException e)
        {
            return Fail(error, $"{e.Message}\n\n{Usage}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OutOfMemoryException or InvalidOperationException)
        {
            // Whatever happens, one clear line, never a stack trace.
            return Fail(error, $"{e.GetType().Name}: {e.Message}");
        }
    }

    private static int Help(TextWriter output)
    {
        output.WriteLine(Usage);
        return Ok;
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine("beibei-rules: " + message);
        return BadInput;
    }

    private static int Test(Arguments args, TextWriter output, TextWriter error)
    {
        args.Allow("format");
        var json = args.Option("format") switch
        {
            null or "text" => false,
            "json" => true,
            var other => throw new ArgumentException($"unknown format '{other}' (text or json)"),
        };
        if (args.Positional.Count == 0)
        {
            throw new ArgumentException("test needs at least one file or folder");
        }

        if (!TryFindFiles(args.Positional, error, out var files))
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
                        error.WriteLine(problem.ToString());
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
                    output.WriteLine($"FAIL {result.Case.File}:{result.Case.Line}: {result.Case.Name}");
                    foreach (var failure in result.Failures)
                    {
                        output.WriteLine($"  {result.Case.File}:{failure.Line}: {failure.Field}: expected {failure.Expected}, actual {failure.Actual}");
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
                output.WriteLine($"{fileErrors.Count} file problem(s): see above; those files' cases were not run");
            }

            output.WriteLine($"{passed} passed, {failed} failed");
        }

        return fileErrors.Count > 0 ? BadInput : failed > 0 ? CaseFailed : Ok;
    }

    private static string CaseJson(CaseResult result)
    {
        var failures = string.Join(", ", result.Failures.Select(f =>
            $"{{\"line\": {f.Line}, \"field\": {Quote(f.Field)}, \"expected\": {Quote(f.Expected)}, \"actual\": {Quote(f.Actual)}}}"));
        return $"{{\"file\": {Quote(result.Case.File)}, \"line\": {result.Case.Line}, \"name\": {Quote(result.Case.Name)}, " +
            $"\"passed\": {(result.Passed ? "true" : "false")}, \"failures\": [{failures}]}}";
    }

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

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

    private static bool TryReadCase(Arguments args, TextReader input, TextWriter output, out CaseDefinition definition)
    {
        definition = null!;
        if (args.Positional.Count != 1)
        {
            throw new ArgumentException($"{args.Command} needs one FILE, or - for standard input");
        }

        var path = args.Positional[0];
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
            output.WriteLine(DecisionJson.Write([problem]));
            return false;
        }

        var read = CasebookReader.ReadCase(text, path);
        if (read.AllErrors.Count > 0)
        {
            output.WriteLine(DecisionJson.Write(read.AllErrors));
            return false;
        }

        definition = read.Case!;
        return true;
    }

    private static int Evaluate(Arguments args, TextReader input, TextWriter output, TextWriter error)
    {
        args.Allow("format");
        var text = args.Option("format") switch
        {
            null or "json" => false,
            "text" => true,
            var other => throw new ArgumentException($"unknown format '{other}' (json or text)"),
        };
        if (!TryReadCase(args, input, output, out var definition))
        {
            return BadInput;
        }

        var result = CaseRunner.Decide(definition);
        if (!result.IsValid)
        {
            output.WriteLine(DecisionJson.Write(ToCasebookErrors(result.Errors, definition)));
            return BadInput;
        }

        output.WriteLine(text ? HumanText.Decision(result.Value) : DecisionJson.Write(result.Value));
        return Ok;
    }

    private static int TimelineCommand(Arguments args, TextReader input, TextWriter output, TextWriter error)
    {
        args.Allow("until", "format");
        var json = args.Option("format") switch
        {
            null or "text" => false,
            "json" => true,
            var other => throw new ArgumentException($"unknown format '{other}' (text or json)"),
        };
        var untilText = args.Option("until") ?? throw new ArgumentException("timeline needs --until INSTANT");
        if (!TryInstant(untilText, "--until", output, out var until) || !TryReadCase(args, input, output, out var definition))
        {
            return BadInput;
        }

        var result = new Evaluator(definition.Options).Timeline(definition.Person, definition.Ask, definition.At!.Value, until);
        if (!result.IsValid)
        {
            output.WriteLine(DecisionJson.Write(ToCasebookErrors(result.Errors, definition)));
            return BadInput;
        }

        output.WriteLine(json ? DecisionJson.Write(result.Value) : HumanText.Timeline(result.Value));
        return Ok;
    }

    private static bool TryInstant(string text, string field, TextWriter output, out Instant instant)
    {
        var read = CasebookReader.ReadCase($"at: \"{text.Replace("\"", string.Empty, StringComparison.Ordinal)}\"\nperson: {{region: beibei}}\nask: {{leave-home: {{purpose: essential}}}}", field);
        if (read.Case is { At: { } at, InputErrors.Count: 0 })
        {
            instant = at;
            return true;
        }

        instant = default;
        var problems = read.AllErrors.Select(e => e with { Field = field, File = "(command line)" }).ToArray();
        output.WriteLine(DecisionJson.Write(problems));
        return false;
    }

    private static CasebookError[] ToCasebookErrors(IReadOnlyList<InputError> errors, CaseDefinition definition) =>
        [.. errors.Select(e => new CasebookError(
            definition.File,
            definition.FieldLines.TryGetValue(e.Field, out var line) ? line : definition.Line,
            e.Field,
            e.Code,
            e.Message))];

    private static int Casebook(Arguments args, TextWriter output, TextWriter error)
    {
        args.Allow("out", "lang");
        var language = args.Option("lang") ?? "en";
        if (language is not ("en" or "zh"))
        {
            throw new ArgumentException($"unknown language '{language}' (en or zh)");
        }

        if (args.Positional.Count == 0)
        {
            throw new ArgumentException("casebook needs at least one file or folder");
        }

        if (!TryFindFiles(args.Positional, error, out var paths))
        {
            return BadInput;
        }

        var files = new List<CasebookFile>();
        var problems = 0;
        foreach (var path in paths)
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

        if (problems > 0)
        {
            return BadInput;
        }

        var markdown = CasebookRenderer.Render(files, language);
        if (args.Option("out") is { } outPath)
        {
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
        }
        else
        {
            output.Write(markdown);
        }

        return Ok;
    }

    private static int Clauses(Arguments args, TextWriter output, TextWriter error)
    {
        args.Allow("at");
        var options = new PolicyOptions();
        if (args.Option("at") is { } atText)
        {
            if (!TryInstant(atText, "--at", output, out var at))
            {
                return BadInput;
            }

            if (at < options.InForceFrom || at >= options.InForceUntil)
            {
                output.WriteLine($"No clause is in force at {PolicyTime.Format(at)}: the policy is in force from {PolicyTime.Format(options.InForceFrom)} until {PolicyTime.Format(options.InForceUntil)} ({Evaluator.NoneInForce}).");
                return Ok;
            }
        }

        var policy = Policy.Chongqing2022;
        output.WriteLine($"In force from {PolicyTime.Format(options.InForceFrom)} until {PolicyTime.Format(options.InForceUntil)} (exclusive).");
        output.WriteLine();
        foreach (var clause in policy.Clauses)
        {
            output.WriteLine(clause.Id);
            output.WriteLine($"  sources:    {string.Join(", ", clause.Citation.Sources)} ({clause.Citation.Paragraph})");
            output.WriteLine($"  quotation:  {clause.Citation.Quotation}");
            output.WriteLine($"  summary:    {clause.Citation.Summary.En}");
            if (clause.Parameters.Count > 0)
            {
                output.WriteLine($"  parameters: {string.Join(", ", clause.Parameters)}");
            }

            if (clause.ObligationIds.Count > 0)
            {
                output.WriteLine($"  duties:     {string.Join(", ", clause.ObligationIds)}");
            }
        }

        output.WriteLine();
        output.WriteLine("Not evaluated:");
        foreach (var item in policy.NotEvaluable)
        {
            output.WriteLine($"  {item.Id} ({item.Citation.Paragraph}): {item.Why.En}");
        }

        return Ok;
    }

    private static int Regions(Arguments args, TextWriter output)
    {
        args.Allow();
        if (args.Positional.Count > 0)
        {
            throw new ArgumentException("regions takes no arguments");
        }

        output.WriteLine("id\tname\tshort names\tGB/T 2260\tzone");
        foreach (var region in RegionTable.All)
        {
            var zone = region.Zone switch
            {
                Zone.Central => "central",
                Zone.Other => "other",
                _ => "outside",
            };
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{region.Id}\t{region.Name}\t{string.Join(",", region.ShortNames)}\t{region.GbCode ?? "-"}\t{zone}"));
        }

        return Ok;
    }
}
