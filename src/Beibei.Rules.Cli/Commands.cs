using System.CommandLine;

namespace Beibei.Rules.Cli;

/// <summary>The command tree of <c>beibei-rules</c>: names, arguments, options and their help, each command's action a
/// call of <see cref="CommandLine"/>.</summary>
internal static class Commands
{
    private const string CaseFile = "A case (YAML or JSON, without expect), or - for standard input.";

    public static RootCommand Build(TextReader input, TextWriter output, TextWriter error)
    {
        var root = new RootCommand(
            "Run, evaluate and render casebooks of the Chongqing (CQ-136) and Beibei (BB-LETTER) rules of November 2022. "
            + "Exit status: 0 ok; 1 a case failed; 2 bad input.")
        {
            // The tool's name whatever runs it (dotnet run, the installed tool, a test host).
            HelpName = "beibei-rules",
        };
        root.Subcommands.Add(Test(output, error));
        root.Subcommands.Add(Evaluate(input, output));
        root.Subcommands.Add(Timeline(input, output));
        root.Subcommands.Add(Casebook(output, error));
        root.Subcommands.Add(Coverage(output, error));
        root.Subcommands.Add(Clauses(output));
        root.Subcommands.Add(Regions(output));
        root.Subcommands.Add(Serve(output, error));
        root.Subcommands.Add(Replay(output, error));

        var help = new Command("help", "Show this help.");
        help.SetAction(_ => root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = output, Error = error }));
        root.Subcommands.Add(help);
        return root;
    }

    private static Command Test(TextWriter output, TextWriter error)
    {
        var paths = Paths();
        var format = Format("text", "text", "json");
        var language = Language("The language of the failures and file problems; the last line is 'N passed, M failed' in every language");
        var command = new Command("test", "Run every case in the files or folders (recursively, *.yaml and *.yml); end with 'N passed, M failed'. Exit status 0 all passed, 1 a case failed, 2 a file could not be read.")
        {
            paths,
            format,
            language,
        };
        command.SetAction(r => CommandLine.Test(r.GetRequiredValue(paths), IsJson(r.GetValue(format)), r.GetRequiredValue(language), output, error));
        return command;
    }

    private static Command Evaluate(TextReader input, TextWriter output)
    {
        var file = new Argument<string>("FILE") { Description = CaseFile };
        var format = Format("json", "json", "text");
        var language = Language("The language of the text format: en or zh");
        var command = new Command("evaluate", "Decide one case and print the decision: verdict, reasons, obligations, valid-until, remedies and advice. Exit status 0 decided, 2 bad input.")
        {
            file,
            format,
            language,
        };
        command.SetAction(r => CommandLine.Evaluate(r.GetRequiredValue(file), IsJson(r.GetValue(format)), r.GetRequiredValue(language), input, output));
        return command;
    }

    private static Command Timeline(TextReader input, TextWriter output)
    {
        var file = new Argument<string>("FILE") { Description = CaseFile };
        var until = new Option<string>("--until") { Description = "The end of the span (an instant with its offset, included).", Required = true, HelpName = "INSTANT" };
        var format = Format("text", "text", "json", "svg");
        var language = Language("The language of the text format: en or zh");
        var command = new Command("timeline", "The verdict of the case's question at every change point from its 'at' until INSTANT, revealing each fact at its own instant (svg: a picture with the verdict's bands, the facts, the instant asked and the local midnights). Exit status 0, 2 bad input.")
        {
            file,
            until,
            format,
            language,
        };
        command.SetAction(r => CommandLine.Timeline(r.GetRequiredValue(file), r.GetRequiredValue(until), r.GetRequiredValue(format), r.GetRequiredValue(language), input, output));
        return command;
    }

    private static Command Casebook(TextWriter output, TextWriter error)
    {
        var paths = Paths();
        var outFile = new Option<string>("--out") { Description = "Write the document to this file instead of standard output.", HelpName = "FILE" };
        var language = Language("The language of the document: en or zh");
        var format = Format("markdown", "markdown", "html");
        var command = new Command("casebook", "Render the casebook for auditors: each clause's source, quotation, conditions, parameters and a table of its cases; as Markdown, or as one self-contained HTML page with a timeline picture per case, links and filters. Exit status 0, 2 bad input.")
        {
            paths,
            outFile,
            language,
            format,
        };
        command.SetAction(r => CommandLine.Casebook(r.GetRequiredValue(paths), r.GetValue(outFile), r.GetRequiredValue(language), r.GetRequiredValue(format) == "html", output, error));
        return command;
    }

    private static Command Coverage(TextWriter output, TextWriter error)
    {
        var paths = Paths();
        var format = Format("text", "text", "json");
        var failUnder = new Option<string>("--fail-under")
        {
            Description = "Exit with status 1 when less than PERCENT (0 to 100) of what should be exercised is reached.",
            HelpName = "PERCENT",
        };
        failUnder.Validators.Add(r =>
        {
            if (r.Tokens is [{ Value: var text }] && Percent(text) is null)
            {
                r.AddError($"--fail-under takes a percentage from 0 to 100, not '{text}'.");
            }
        });
        var language = Language("The language of the text report");
        var command = new Command("coverage", "Run the cases and report, clause by clause, what they exercise (applied, decided, a reason; each condition met and unmet; each obligation and remedy; a case on a change point and just past one) and every error code reached, naming what no case reaches. Exit status 0; 1 below --fail-under; 2 bad input.")
        {
            paths,
            format,
            failUnder,
            language,
        };
        command.SetAction(r => CommandLine.Coverage(r.GetRequiredValue(paths), IsJson(r.GetValue(format)), Percent(r.GetValue(failUnder)), r.GetRequiredValue(language), output, error));
        return command;
    }

    private static Command Clauses(TextWriter output)
    {
        var at = new Option<string>("--at") { Description = "List only what is in force at this instant (with its offset).", HelpName = "INSTANT" };
        var format = Format("text", "text", "json");
        var language = Language("The language of the text format: en or zh");
        var command = new Command("clauses", "List the clauses with their sources, quotations, parameters and duties, and the parts of the sources that are not evaluated.")
        {
            at,
            format,
            language,
        };
        command.SetAction(r => CommandLine.Clauses(r.GetValue(at), IsJson(r.GetValue(format)), r.GetRequiredValue(language), output));
        return command;
    }

    private static Command Regions(TextWriter output)
    {
        var format = Format("text", "text", "json");
        var language = Language("The language of the text format: en or zh");
        var command = new Command("regions", "List the region table: id, name, short names, GB/T 2260 code and zone.") { format, language };
        command.SetAction(r => CommandLine.Regions(IsJson(r.GetValue(format)), r.GetRequiredValue(language), output));
        return command;
    }

    private static Command Serve(TextWriter output, TextWriter error)
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen (default {ServiceCommands.DefaultUrls}: loopback only; http://0.0.0.0:5080 listens on every interface).",
            DefaultValueFactory = _ => ServiceCommands.DefaultUrls,
            HelpName = "URLS",
        };
        var log = new Option<string>("--log") { Description = "Append one JSON line per decision to FILE (the decision log).", HelpName = "FILE" };
        var facts = new Option<string>("--log-facts")
        {
            Description = "How much of each request the log keeps: full (replayable), digest (a SHA-256 instead of the facts; the default) or none.",
            DefaultValueFactory = _ => "digest",
        };
        facts.AcceptOnlyFromAmong("full", "digest", "none");
        var command = new Command("serve", "Run the decision service: POST /v1/decisions, /v1/decisions/batch and /v1/timelines, GET /v1/clauses, /v1/regions, /v1/policy, /healthz, /readyz and /openapi/v1.json; options from appsettings.json and BeibeiRules__* environment variables. Runs until Ctrl+C or SIGTERM. Exit status 0, 2 bad options or address.")
        {
            urls,
            log,
            facts,
        };
        command.SetAction(r => ServiceCommands.Serve(r.GetRequiredValue(urls), r.GetValue(log), r.GetRequiredValue(facts), output, error));
        return command;
    }

    private static Command Replay(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("LOG") { Description = "A decision log written by serve --log." };
        var command = new Command("replay", "Decide every logged request again and compare with the logged decision; end with 'N reproduced, M differ' (lines logged without facts are counted as not replayable; a torn last line is reported and skipped). Exit status 0 all reproduced, 1 a decision differs, 2 bad input.")
        {
            file,
        };
        command.SetAction(r => ServiceCommands.Replay(r.GetRequiredValue(file), output, error));
        return command;
    }

    /// <summary><c>--lang en|zh</c>, defaulting to the user's UI culture (<c>zh-*</c> is <c>zh</c>, anything else <c>en</c>).</summary>
    private static Option<string> Language(string description)
    {
        var option = new Option<string>("--lang")
        {
            Description = $"{description} (default: the user's UI language, zh for zh-*, else en).",
            DefaultValueFactory = _ => System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh" : "en",
        };
        option.AcceptOnlyFromAmong("en", "zh");
        return option;
    }

    private static Argument<string[]> Paths() => new("PATH")
    {
        Description = "Casebook files or folders.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary><c>--format</c>, with one meaning on every command: text for people, json for programs.</summary>
    private static Option<string> Format(string defaultFormat, params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = $"The output format: {string.Join(" or ", formats)} (default {defaultFormat}). text is for people, json for programs; bad input is written as json for json, as text otherwise.",
            DefaultValueFactory = _ => defaultFormat,
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    private static bool IsJson(string? format) => format == "json";

    private static double? Percent(string? text) =>
        double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var percent)
        && percent is >= 0 and <= 100
            ? percent
            : null;
}
