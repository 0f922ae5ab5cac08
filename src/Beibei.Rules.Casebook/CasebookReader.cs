using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using NodaTime;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Beibei.Rules.Casebook;

/// <summary>Reads casebook YAML (or JSON, which it also accepts) into the library's types.</summary>
/// <remarks>Unknown keys anywhere are errors. Bad input inside a case (its <c>at</c>, <c>options</c>, <c>person</c> or
/// <c>ask</c>) belongs to that case; any other problem belongs to the file. Nothing here throws for bad input, and
/// nothing in a file is ever compiled or executed: it is data only.</remarks>
public static class CasebookReader
{
    private static readonly string[] FileKeys = ["title", "title-zh", "clause", "notes", "notes-zh", "cases"];

    // expect stays last: a case read on its own (evaluate, the decision service) takes every key but the last.
    private static readonly string[] CaseKeys = ["name", "name-zh", "at", "options", "person", "ask", "expect"];
    private static readonly string[] PersonKeys =
        ["region", "tests", "arrival", "reports", "health-code", "health-code-reported", "exposure", "temperature", "symptoms", "isolation", "control-area"];

    private static readonly string[] AskKeys = ["travel", "enter-public-place", "leave-home", "gathering"];
    private static readonly string[] ExpectKeys =
        ["verdict", "reasons", "not-reasons", "obligations", "no-obligations", "valid-until", "remedies", "no-remedies", "conditions", "advice", "force", "error"];

    /// <summary>Reads a casebook file from disk.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The file, or its file-level errors.</returns>
    public static CasebookReadResult ReadFile(string path) => ReadFile(path, Policy.Chongqing2022);

    /// <summary>Reads a casebook file of <paramref name="policy"/> from disk: its <c>clause</c> and <c>expect</c> name that
    /// policy's clause, obligation and condition ids, and its cases are decided under it.</summary>
    /// <param name="path">The file.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The file, or its file-level errors.</returns>
    public static CasebookReadResult ReadFile(string path, Policy policy)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(policy);
        return TryReadText(path, out var text, out var error) ? Read(text, path, policy) : new CasebookReadResult(null, [error]);
    }

    /// <summary>Reads casebook text.</summary>
    /// <param name="text">The YAML.</param>
    /// <param name="file">The name to report errors under.</param>
    /// <returns>The file, or its file-level errors.</returns>
    public static CasebookReadResult Read(string text, string file) => Read(text, file, Policy.Chongqing2022);

    /// <summary>Reads casebook text of <paramref name="policy"/> (see <see cref="ReadFile(string, Policy)"/>).</summary>
    /// <param name="text">The YAML.</param>
    /// <param name="file">The name to report errors under.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The file, or its file-level errors.</returns>
    public static CasebookReadResult Read(string text, string file, Policy policy)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(policy);
        var errors = new List<CasebookError>();
        var root = Load(text, file, errors);
        if (root is null)
        {
            return new CasebookReadResult(null, errors);
        }

        var reader = new NodeReader(file, errors, [], budget: new NodeReader.Budget(policy));
        var map = reader.Mapping(root, string.Empty, FileKeys);
        if (map is null)
        {
            return new CasebookReadResult(null, errors);
        }

        var title = reader.Required(map, root, string.Empty, "title") is { } titleNode ? reader.Text(titleNode, "title") : null;
        var titleZh = NodeReader.Optional(map, "title-zh") is { } titleZhNode ? reader.Text(titleZhNode, "title-zh") : null;
        var clause = NodeReader.Optional(map, "clause") is { } clauseNode ? reader.Text(clauseNode, "clause") : null;
        if (clause is not null && policy.FindClause(clause) is null && !policy.NotEvaluable.Any(n => n.Id == clause))
        {
            reader.Error(map["clause"], "clause", ErrorCodes.ValueUnknown, $"'{clause}' is not a clause id of the catalogue.");
        }

        var notes = NodeReader.Optional(map, "notes") is { } notesNode ? reader.Text(notesNode, "notes") : null;
        var notesZh = NodeReader.Optional(map, "notes-zh") is { } notesZhNode ? reader.Text(notesZhNode, "notes-zh") : null;
        var cases = new List<CaseDefinition>();
        if (reader.Required(map, root, string.Empty, "cases") is { } casesNode && reader.Sequence(casesNode, "cases") is { } items)
        {
            if (items.Count > CasebookLimits.MaxCases)
            {
                reader.Error(casesNode, "cases", CasebookLimits.CasesCode, $"A file holds at most {CasebookLimits.MaxCases} cases; this one holds {items.Count}.");
                return new CasebookReadResult(null, errors);
            }

            for (var i = 0; i < items.Count; i++)
            {
                if (ReadCase(items[i], file, $"cases[{i}]", errors, expectAllowed: true, reader.Nodes) is { } definition)
                {
                    cases.Add(definition);
                }
            }
        }

        if (errors.Count > 0 || title is null)
        {
            return new CasebookReadResult(null, errors);
        }

        return new CasebookReadResult(new CasebookFile { Path = file, Title = title, TitleZh = titleZh, Clause = clause, Notes = notes, NotesZh = notesZh, Cases = cases }, []);
    }

    /// <summary>Reads one case on its own, without <c>expect</c>: the input of <c>evaluate</c> and <c>timeline</c>.</summary>
    /// <param name="text">YAML or JSON.</param>
    /// <param name="file">The name to report errors under.</param>
    /// <returns>The case (possibly with input errors), or structural errors.</returns>
    public static CaseReadResult ReadCase(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        var errors = new List<CasebookError>();
        var root = Load(text, file, errors);
        if (root is null)
        {
            return new CaseReadResult(null, errors);
        }

        var definition = ReadCase(root, file, string.Empty, errors, expectAllowed: false, new NodeReader.Budget());
        return new CaseReadResult(errors.Count == 0 ? definition : null, errors);
    }

    /// <summary>Reads policy options written as text, each value as a casebook's <c>options</c> writes it (<c>48h</c>,
    /// <c>sampled</c>, <c>2022-11-10T00:00:00+08:00</c>): what a host's configuration section or environment gives.</summary>
    /// <param name="values">Parameter names (<c>proof-window</c>) and their values; a null value is left at its default.</param>
    /// <param name="source">The name to report errors under (e.g. <c>BeibeiRules</c>).</param>
    /// <returns>The options, or every problem: an unknown name is <c>key.unknown</c>, a bad value has its parameter's code.</returns>
    public static OptionsReadResult ReadOptions(IEnumerable<KeyValuePair<string, string?>> values, string source) =>
        ReadOptions(values, source, Policy.Chongqing2022);

    /// <summary>Reads options of <paramref name="policy"/> written as text (see
    /// <see cref="ReadOptions(IEnumerable{KeyValuePair{string, string}}, string)"/>): the catalogue's parameters and those
    /// its layers declare (<see cref="Policy.Parameters"/>).</summary>
    /// <param name="values">Parameter names and their values; a null value is left at its default.</param>
    /// <param name="source">The name to report errors under.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The options, or every problem.</returns>
    public static OptionsReadResult ReadOptions(IEnumerable<KeyValuePair<string, string?>> values, string source, Policy policy)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(policy);
        var node = new YamlMappingNode();
        foreach (var (key, value) in values)
        {
            if (value is not null)
            {
                node.Add(new YamlScalarNode(key), new YamlScalarNode(value) { Style = ScalarStyle.DoubleQuoted });
            }
        }

        var errors = new List<CasebookError>();
        var options = ReadOptions(node, new NodeReader(source, errors, [], budget: new NodeReader.Budget(policy)));
        return errors.Count == 0 && options is not null
            ? new OptionsReadResult(options, [])
            : new OptionsReadResult(null, errors);
    }

    /// <summary>Reads a file's text with the size limit, as one error instead of an exception.</summary>
    /// <param name="path">The file.</param>
    /// <param name="text">Its text.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>True when read.</returns>
    public static bool TryReadText(string path, out string text, out CasebookError error)
    {
        text = string.Empty;
        error = null!;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                error = new CasebookError(path, 0, string.Empty, CasebookLimits.UnreadableCode, "The file does not exist.");
                return false;
            }

            if (info.Length > CasebookLimits.MaxBytes)
            {
                error = new CasebookError(path, 0, string.Empty, CasebookLimits.FileSizeCode, $"The file is larger than {CasebookLimits.MaxBytes} bytes.");
                return false;
            }

            text = System.IO.File.ReadAllText(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = new CasebookError(path, 0, string.Empty, CasebookLimits.UnreadableCode, e.Message);
            return false;
        }
    }

    private static YamlNode? Load(string text, string file, List<CasebookError> errors)
    {
        if (text.Length > CasebookLimits.MaxBytes)
        {
            errors.Add(new CasebookError(file, 0, string.Empty, CasebookLimits.FileSizeCode, $"The input is larger than {CasebookLimits.MaxBytes} bytes."));
            return null;
        }

        try
        {
            if (!WithinLimits(text, file, errors))
            {
                return null;
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                errors.Add(new CasebookError(file, 1, string.Empty, ErrorCodes.KeyMissing, "The file is empty."));
                return null;
            }

            if (stream.Documents.Count > 1)
            {
                errors.Add(new CasebookError(file, (int)stream.Documents[1].RootNode.Start.Line, string.Empty, ErrorCodes.Syntax, "A file holds one YAML document."));
                return null;
            }

            return stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            errors.Add(new CasebookError(file, (int)e.Start.Line, string.Empty, ErrorCodes.Syntax, FirstLine(e.Message)));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            errors.Add(new CasebookError(file, 0, string.Empty, ErrorCodes.Syntax, FirstLine(e.Message)));
            return null;
        }
    }

    /// <summary>Walks the parser's events (without building nodes, so without recursion) to reject nesting deeper and
    /// values longer than the limits before the document is loaded.</summary>
    private static bool WithinLimits(string text, string file, List<CasebookError> errors)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart or SequenceStart when ++depth > CasebookLimits.MaxDepth:
                    errors.Add(new CasebookError(file, (int)parser.Current.Start.Line, string.Empty, CasebookLimits.DepthCode, $"Lists and mappings nest deeper than {CasebookLimits.MaxDepth} levels."));
                    return false;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
                case Scalar { Value.Length: > CasebookLimits.MaxValueLength } scalar:
                    errors.Add(new CasebookError(file, (int)scalar.Start.Line, string.Empty, CasebookLimits.StringCode, $"A value is longer than {CasebookLimits.MaxValueLength} characters."));
                    return false;
            }
        }

        return true;
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }

    /// <summary>Reads one case from a node: the casebook's cases (<paramref name="expectAllowed"/>), the input of
    /// <c>evaluate</c>, and the decision service's requests, which may leave out <c>at</c> (<paramref name="defaultAt"/>:
    /// the server's clock) and <c>options</c> (<paramref name="defaultOptions"/>: a batch's), and carry keys of their own
    /// (<paramref name="otherKeys"/>, read by the caller).</summary>
    internal static CaseDefinition? ReadCase(
        YamlNode node,
        string file,
        string path,
        List<CasebookError> fileErrors,
        bool expectAllowed,
        NodeReader.Budget budget,
        Instant? defaultAt = null,
        PolicyOptions? defaultOptions = null,
        string[]? otherKeys = null)
    {
        var prefix = path.Length == 0 ? string.Empty : path + ".";
        var lines = new Dictionary<string, int>();
        var structure = new NodeReader(file, fileErrors, lines, prefix, budget);
        var keys = expectAllowed ? CaseKeys : CaseKeys[..^1];
        if (otherKeys is not null)
        {
            keys = [.. keys, .. otherKeys];
        }

        var map = structure.Mapping(node, string.Empty, keys);
        if (map is null)
        {
            return null;
        }

        var nameZh = NodeReader.Optional(map, "name-zh") is { } nameZhNode ? structure.Text(nameZhNode, "name-zh") : null;
        string? name = null;
        if (NodeReader.Optional(map, "name") is { } nameNode)
        {
            name = structure.Text(nameNode, "name");
        }
        else if (expectAllowed)
        {
            structure.Error(node, "name", ErrorCodes.KeyMissing, "Every case needs a name.");
        }

        CaseExpectation? expect = null;
        if (expectAllowed)
        {
            expect = NodeReader.Optional(map, "expect") is { } expectNode
                ? ReadExpectation(expectNode, structure)
                : Fail(structure, node, "expect", "Every case needs an expect block with a verdict or an error.");
        }

        // Bad input inside the case belongs to the case: it is collected apart from the file's problems.
        var inputErrors = new List<CasebookError>();
        var input = new NodeReader(file, inputErrors, lines, prefix, budget);
        var at = defaultAt is { } now && NodeReader.Optional(map, "at") is null ? now
            : input.Required(map, node, string.Empty, "at") is { } atNode ? input.Instant(atNode, "at") : null;
        var options = NodeReader.Optional(map, "options") is { } optionsNode ? ReadOptions(optionsNode, input) : defaultOptions ?? new PolicyOptions();
        var person = input.Required(map, node, string.Empty, "person") is { } personNode ? ReadPerson(personNode, input) : null;
        var ask = input.Required(map, node, string.Empty, "ask") is { } askNode ? ReadAsk(askNode, input) : null;

        return new CaseDefinition
        {
            Name = name ?? "(unnamed case)",
            NameZh = nameZh,
            File = file,
            Line = NodeReader.LineOf(node),
            At = at,
            Options = options ?? new PolicyOptions(),
            Person = person,
            Ask = ask,
            Policy = budget.Policy,
            Expect = expect,
            InputErrors = inputErrors,
            FieldLines = lines,
        };
    }

    private static CaseExpectation? Fail(NodeReader reader, YamlNode node, string path, string message)
    {
        reader.Error(node, path, ErrorCodes.KeyMissing, message);
        return null;
    }

    internal static PolicyOptions? ReadOptions(YamlNode node, NodeReader r)
    {
        // The policy's parameters: the catalogue's and those its layers declare.
        var policy = r.Nodes.Policy;
        var map = r.Mapping(node, "options", [.. policy.Parameters.Select(p => p.Name)]);
        if (map is null)
        {
            return null;
        }

        var options = new PolicyOptions();
        foreach (var (key, value) in map)
        {
            // Each parameter is read as its declaration says it is written.
            var path = "options." + key;
            var parameter = policy.FindParameter(key)!;
            object? read = parameter.Kind switch
            {
                PolicyParameterKind.Instant => r.Instant(value, path),
                PolicyParameterKind.Duration => r.Duration(value, path),
                PolicyParameterKind.Days => ReadDays(value, path, r),
                PolicyParameterKind.Count => r.Integer(value, path),
                PolicyParameterKind.Decimal => r.Number(value, path),
                PolicyParameterKind.TimeOfDay => ReadTime(value, path, r),
                _ => r.Text(value, path),
            };
            if (read is not null && !parameter.TrySet(options, read))
            {
                r.Error(value, path, ErrorCodes.ValueUnknown, $"'{read}' is not one of: {string.Join(", ", parameter.Words)}.");
            }
        }

        // Values of the right type but outside what the policy can use get the library's own codes.
        foreach (var error in new Evaluator(policy, options).Decide(null, null, default).Errors.Where(e => e.Field.StartsWith("options.", StringComparison.Ordinal)))
        {
            r.Error(map.GetValueOrDefault(error.Field["options.".Length..]), error.Field, error.Code, error.Message);
        }

        return options;
    }

    /// <summary>A local time of day: <c>20:00</c>, <c>20:00:30</c> or with a fraction of a second.</summary>
    private static LocalTime? ReadTime(YamlNode node, string path, NodeReader r)
    {
        if (r.Text(node, path) is not { } text)
        {
            return null;
        }

        foreach (var pattern in TimePatterns)
        {
            if (pattern.Parse(text.Trim()) is { Success: true } parsed)
            {
                return parsed.Value;
            }
        }

        r.Error(node, path, ErrorCodes.ValueUnknown, $"'{text}' is not a time of day; write it like 20:00 or 07:30:15.");
        return null;
    }

    private static readonly NodaTime.Text.LocalTimePattern[] TimePatterns =
    [
        NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("HH':'mm"),
        NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("HH':'mm':'ss;FFFFFFFFF"),
    ];

    /// <summary>A day count written as a number (<c>7</c>) or a whole-day duration (<c>7d</c>).</summary>
    private static int? ReadDays(YamlNode node, string path, NodeReader r)
    {
        if (node is YamlScalarNode { Value: { } text } && text.EndsWith('d'))
        {
            return r.Duration(node, path) is { } duration ? (int)duration.TotalDays : null;
        }

        return r.Integer(node, path);
    }

    private static PersonFacts? ReadPerson(YamlNode node, NodeReader r)
    {
        var map = r.Mapping(node, "person", PersonKeys);
        if (map is null)
        {
            return null;
        }

        var region = r.Required(map, node, "person", "region") is { } regionNode ? r.Text(regionNode, "person.region") : null;
        if (NodeReader.Optional(map, "tests") is YamlSequenceNode { Children.Count: > CasebookLimits.MaxTests } many)
        {
            r.Error(many, "person.tests", CasebookLimits.TestsCode, $"A person has at most {CasebookLimits.MaxTests} tests here; this one has {many.Children.Count}.");
            return null;
        }

        var tests = ReadList(map, "tests", "person.tests", r, ReadTest);
        var reports = ReadList(map, "reports", "person.reports", r, ReadReport);
        var symptoms = ReadList(map, "symptoms", "person.symptoms", r, (n, p, reader) => reader.Term<Symptom>(n, p) is { } s ? (object)s : null);

        Arrival? arrival = null;
        if (NodeReader.Optional(map, "arrival") is { } arrivalNode && r.Mapping(arrivalNode, "person.arrival", "from", "at", "reported", "entered") is { } a)
        {
            var from = r.Required(a, arrivalNode, "person.arrival", "from") is { } f ? r.Text(f, "person.arrival.from") : null;
            var at = r.Required(a, arrivalNode, "person.arrival", "at") is { } t ? r.Instant(t, "person.arrival.at") : null;
            var reported = NodeReader.Optional(a, "reported") is { } rep ? r.Instant(rep, "person.arrival.reported") : null;
            var entered = NodeReader.Optional(a, "entered") is { } ent ? r.Instant(ent, "person.arrival.entered") : null;
            arrival = from is null || at is null ? null : new Arrival(from, at.Value, reported, entered);
        }

        Exposure? exposure = null;
        if (NodeReader.Optional(map, "exposure") is { } exposureNode && r.Mapping(exposureNode, "person.exposure", "noticed", "reported") is { } x)
        {
            var noticed = r.Required(x, exposureNode, "person.exposure", "noticed") is { } n ? r.Instant(n, "person.exposure.noticed") : null;
            var reported = NodeReader.Optional(x, "reported") is { } rep ? r.Instant(rep, "person.exposure.reported") : null;
            exposure = noticed is null ? null : new Exposure(noticed.Value, reported);
        }

        Isolation? isolation = null;
        if (NodeReader.Optional(map, "isolation") is { } isolationNode && r.Mapping(isolationNode, "person.isolation", "from", "until", "lives-alone") is { } i)
        {
            var from = r.Required(i, isolationNode, "person.isolation", "from") is { } f ? r.Instant(f, "person.isolation.from") : null;
            var until = NodeReader.Optional(i, "until") is { } u ? r.Instant(u, "person.isolation.until") : null;
            var alone = NodeReader.Optional(i, "lives-alone") is { } l ? r.Boolean(l, "person.isolation.lives-alone") : null;
            isolation = from is null ? null : new Isolation(from.Value, until, alone);
        }

        ControlArea? controlArea = null;
        if (NodeReader.Optional(map, "control-area") is { } areaNode && r.Mapping(areaNode, "person.control-area", "level", "from", "until") is { } c)
        {
            var level = r.Required(c, areaNode, "person.control-area", "level") is { } lv ? r.Term<ControlLevel>(lv, "person.control-area.level") : null;
            var from = r.Required(c, areaNode, "person.control-area", "from") is { } f ? r.Instant(f, "person.control-area.from") : null;
            var until = NodeReader.Optional(c, "until") is { } u ? r.Instant(u, "person.control-area.until") : null;
            controlArea = level is null || from is null ? null : new ControlArea(level.Value, from.Value, until);
        }

        var healthCode = NodeReader.Optional(map, "health-code") is { } code ? r.Term<HealthCode>(code, "person.health-code") : null;
        var codeReported = NodeReader.Optional(map, "health-code-reported") is { } cr ? r.Instant(cr, "person.health-code-reported") : null;
        var temperature = NodeReader.Optional(map, "temperature") is { } temp ? r.Number(temp, "person.temperature") : null;

        return region is null
            ? null
            : new PersonFacts
            {
                Region = region,
                Tests = tests.Cast<TestRecord>().ToArray(),
                Reports = reports.Cast<Report>().ToArray(),
                Symptoms = symptoms.Cast<Symptom>().ToArray(),
                Arrival = arrival,
                Exposure = exposure,
                HealthCodeReported = codeReported,
                Isolation = isolation,
                ControlArea = controlArea,
                HealthCode = healthCode,
                Temperature = temperature,
            };
    }

    private static List<object> ReadList(
        Dictionary<string, YamlNode> map,
        string key,
        string path,
        NodeReader r,
        Func<YamlNode, string, NodeReader, object?> item)
    {
        var result = new List<object>();
        if (NodeReader.Optional(map, key) is not { } node || r.Sequence(node, path) is not { } items)
        {
            return result;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            r.Note(itemPath, items[i]);
            if (item(items[i], itemPath, r) is { } value)
            {
                result.Add(value);
            }
        }

        return result;
    }

    private static object? ReadTest(YamlNode node, string path, NodeReader r)
    {
        if (r.Mapping(node, path, "sampled", "resulted", "result") is not { } t)
        {
            return null;
        }

        var sampled = r.Required(t, node, path, "sampled") is { } s ? r.Instant(s, path + ".sampled") : null;
        var result = r.Required(t, node, path, "result") is { } res ? r.Term<TestResult>(res, path + ".result") : null;
        var resulted = NodeReader.Optional(t, "resulted") is { } rd ? r.Instant(rd, path + ".resulted") : null;
        return sampled is null || result is null ? null : new TestRecord(sampled.Value, result.Value, resulted);
    }

    private static object? ReadReport(YamlNode node, string path, NodeReader r)
    {
        if (r.Mapping(node, path, "to", "at") is not { } map)
        {
            return null;
        }

        var to = r.Required(map, node, path, "to") is { } t ? r.Text(t, path + ".to") : null;
        var at = r.Required(map, node, path, "at") is { } a ? r.Instant(a, path + ".at") : null;
        return to is null || at is null ? null : new Report(to, at.Value);
    }

    private static Question? ReadAsk(YamlNode node, NodeReader r)
    {
        var map = r.Mapping(node, "ask", AskKeys);
        if (map is null)
        {
            return null;
        }

        if (map.Count != 1)
        {
            // A lone misspelt question is already a key.unknown; say ask.not-one only when that would not explain it.
            var written = (node as YamlMappingNode)?.Children.Count ?? 0;
            if (map.Count > 1 || written == 0)
            {
                r.Error(node, "ask", ErrorCodes.AskNotOne, $"ask must hold exactly one of {string.Join(", ", AskKeys)}; it holds {map.Count}.");
            }

            return null;
        }

        var (kind, value) = map.First();
        var path = "ask." + kind;
        switch (kind)
        {
            case "travel" when r.Mapping(value, path, "to", "purpose", "arrives") is { } t:
                {
                    var to = r.Required(t, value, path, "to") is { } toNode ? r.Text(toNode, path + ".to") : null;
                    var purpose = r.Required(t, value, path, "purpose") is { } p ? r.Term<Purpose>(p, path + ".purpose") : null;
                    var arrives = NodeReader.Optional(t, "arrives") is { } arr ? r.Instant(arr, path + ".arrives") : null;
                    return to is null || purpose is null ? null : new Travel(to, purpose.Value, arrives);
                }

            case "enter-public-place" when r.Mapping(value, path, "region", "kind") is { } e:
                {
                    var region = NodeReader.Optional(e, "region") is { } reg ? r.Text(reg, path + ".region") : null;
                    var placeKind = NodeReader.Optional(e, "kind") is { } k ? r.Term<PlaceKind>(k, path + ".kind") : null;
                    return new EnterPublicPlace(region, placeKind);
                }

            case "leave-home" when r.Mapping(value, path, "purpose") is { } l:
                return r.Required(l, value, path, "purpose") is { } lp && r.Term<Purpose>(lp, path + ".purpose") is { } leavePurpose
                    ? new LeaveHome(leavePurpose)
                    : null;

            case "gathering" when r.Mapping(value, path, "kind") is { } g:
                return r.Required(g, value, path, "kind") is { } gk && r.Term<GatheringKind>(gk, path + ".kind") is { } gatheringKind
                    ? new Gathering(gatheringKind)
                    : null;

            default:
                return null;
        }
    }

    private static CaseExpectation? ReadExpectation(YamlNode node, NodeReader r)
    {
        var map = r.Mapping(node, "expect", ExpectKeys);
        if (map is null)
        {
            return null;
        }

        var policy = r.Nodes.Policy;
        var clauseIds = policy.Clauses.Select(c => c.Id).Append(Evaluator.NoneInForce).ToHashSet(StringComparer.Ordinal);
        var obligationIds = policy.ObligationIds().ToHashSet(StringComparer.Ordinal);

        Verdict? verdict = NodeReader.Optional(map, "verdict") is { } v ? r.Term<Verdict>(v, "expect.verdict") : null;
        string? error = null;
        if (NodeReader.Optional(map, "error") is { } errorNode && r.Text(errorNode, "expect.error") is { } code)
        {
            if (!ErrorCodes.All.Contains(code) && !CasebookLimits.Codes.Contains(code))
            {
                r.Error(errorNode, "expect.error", ErrorCodes.ValueUnknown, $"'{code}' is not an error code of the catalogue.");
            }

            error = code;
        }

        if ((verdict is null) == (error is null) && !map.ContainsKey("verdict") == !map.ContainsKey("error"))
        {
            r.Error(node, "expect", ErrorCodes.KeyMissing, "expect needs exactly one of verdict or error.");
        }

        var checksValidUntil = false;
        NodaTime.Instant? validUntil = null;
        if (NodeReader.Optional(map, "valid-until") is { } vu)
        {
            checksValidUntil = true;
            if (!IsNone(vu))
            {
                validUntil = r.Instant(vu, "expect.valid-until");
            }
        }

        var remedyKinds = PolicyTerms.All<RemedyKind>().ToHashSet();
        var (remedies, earliest) = ReadExpectedRemedies(map, remedyKinds, r);
        return new CaseExpectation
        {
            Verdict = verdict,
            Error = error,
            Reasons = Ids(map, "reasons", clauseIds, "clause id", r),
            NotReasons = Ids(map, "not-reasons", clauseIds, "clause id", r),
            Obligations = ReadExpectedObligations(map, obligationIds, r),
            NoObligations = Ids(map, "no-obligations", obligationIds, "obligation id", r),
            ChecksValidUntil = checksValidUntil,
            ValidUntil = validUntil,
            Remedies = remedies,
            RemedyEarliest = earliest,
            NoRemedies = [.. Ids(map, "no-remedies", remedyKinds, "remedy kind", r).Select(Kind)],
            Advice = Ids(map, "advice", clauseIds, "clause id", r),
            Forces = ReadForces(map, clauseIds, r),
            Conditions = ReadConditions(map, policy, r),
        };
    }

    /// <summary><c>conditions: {clause-id: {condition-id: met|unmet}}</c>, every id checked against the clause's own.</summary>
    private static Dictionary<string, IReadOnlyDictionary<string, bool>> ReadConditions(Dictionary<string, YamlNode> map, Policy policy, NodeReader r)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, bool>>(StringComparer.Ordinal);
        if (NodeReader.Optional(map, "conditions") is not { } node
            || r.Mapping(node, "expect.conditions", [.. policy.Clauses.Select(c => c.Id)]) is not { } clauses)
        {
            return result;
        }

        foreach (var (clauseId, value) in clauses)
        {
            var path = "expect.conditions." + clauseId;
            var known = policy.FindClause(clauseId)!.ConditionIds;
            if (r.Mapping(value, path, [.. known]) is not { } conditions)
            {
                continue;
            }

            var outcomes = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (var (conditionId, outcome) in conditions)
            {
                switch (r.Text(outcome, path + "." + conditionId))
                {
                    case "met":
                        outcomes[conditionId] = true;
                        break;
                    case "unmet":
                        outcomes[conditionId] = false;
                        break;
                    case { } other:
                        r.Error(outcome, path + "." + conditionId, ErrorCodes.ValueUnknown, $"'{other}' is not met or unmet.");
                        break;
                }
            }

            result[clauseId] = outcomes;
        }

        return result;
    }

    private static RemedyKind Kind(string word) => PolicyTerms.TryParse<RemedyKind>(word, out var kind) ? kind : default;

    /// <summary><c>remedies</c> as a list of kinds, or as a map <c>{kind: {earliest: instant}}</c> that also checks the
    /// earliest instant (<c>{kind: {}}</c> checks the kind only).</summary>
    private static (RemedyKind[] Kinds, Dictionary<RemedyKind, NodaTime.Instant> Earliest) ReadExpectedRemedies(
        Dictionary<string, YamlNode> map, HashSet<string> known, NodeReader r)
    {
        var earliest = new Dictionary<RemedyKind, NodaTime.Instant>();
        if (NodeReader.Optional(map, "remedies") is not YamlMappingNode detailed)
        {
            return ([.. Ids(map, "remedies", known, "remedy kind", r).Select(Kind)], earliest);
        }

        var kinds = new List<RemedyKind>();
        foreach (var (keyNode, value) in detailed.Children)
        {
            var word = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            var path = "expect.remedies." + word;
            if (!known.Contains(word))
            {
                r.Error(keyNode, "expect.remedies", ErrorCodes.ValueUnknown, $"'{word}' is not a remedy kind of the catalogue.");
                continue;
            }

            kinds.Add(Kind(word));
            if (!NodeReader.IsNull(value)
                && r.Mapping(value, path, "earliest") is { } fields
                && NodeReader.Optional(fields, "earliest") is { } at
                && r.Instant(at, path + ".earliest") is { } instant)
            {
                earliest[Kind(word)] = instant;
            }
        }

        return ([.. kinds], earliest);
    }

    /// <summary><c>force</c>: <c>{clause-id: required|advised}</c>.</summary>
    private static Dictionary<string, Force> ReadForces(Dictionary<string, YamlNode> map, HashSet<string> known, NodeReader r)
    {
        var forces = new Dictionary<string, Force>(StringComparer.Ordinal);
        if (NodeReader.Optional(map, "force") is not { } node || r.Mapping(node, "expect.force", [.. known]) is not { } fields)
        {
            return forces;
        }

        foreach (var (id, value) in fields)
        {
            if (r.Term<Force>(value, "expect.force." + id) is { } force)
            {
                forces[id] = force;
            }
        }

        return forces;
    }

    /// <summary>The word <c>none</c>: the instant checked must be absent.</summary>
    private static bool IsNone(YamlNode node) => node is YamlScalarNode { Value: "none" };

    private static string[] Ids(Dictionary<string, YamlNode> map, string key, HashSet<string> known, string what, NodeReader r)
    {
        if (NodeReader.Optional(map, key) is not { } node)
        {
            return [];
        }

        var path = "expect." + key;
        var items = node is YamlScalarNode ? [node] : r.Sequence(node, path) ?? [];
        var ids = new List<string>();
        foreach (var item in items)
        {
            if (r.Text(item, path) is not { } id)
            {
                continue;
            }

            if (!known.Contains(id))
            {
                r.Error(item, path, ErrorCodes.ValueUnknown, $"'{id}' is not a {what} of the catalogue.");
            }

            ids.Add(id);
        }

        return [.. ids];
    }

    private static ExpectedObligation[] ReadExpectedObligations(Dictionary<string, YamlNode> map, HashSet<string> known, NodeReader r)
    {
        if (NodeReader.Optional(map, "obligations") is not YamlMappingNode detailed)
        {
            return [.. Ids(map, "obligations", known, "obligation id", r).Select(id => new ExpectedObligation(id))];
        }

        var result = new List<ExpectedObligation>();
        foreach (var (keyNode, value) in detailed.Children)
        {
            var id = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            var path = "expect.obligations." + id;
            if (!known.Contains(id))
            {
                r.Error(keyNode, "expect.obligations", ErrorCodes.ValueUnknown, $"'{id}' is not an obligation id of the catalogue.");
            }

            if (NodeReader.IsNull(value))
            {
                result.Add(new ExpectedObligation(id));
                continue;
            }

            if (r.Mapping(value, path, "due", "opens", "status") is not { } fields)
            {
                continue;
            }

            var due = NodeReader.Optional(fields, "due");
            var opens = NodeReader.Optional(fields, "opens");
            result.Add(new ExpectedObligation(
                id,
                due is null || IsNone(due) ? null : r.Instant(due, path + ".due"),
                opens is null || IsNone(opens) ? null : r.Instant(opens, path + ".opens"),
                NodeReader.Optional(fields, "status") is { } status ? r.Term<ObligationStatus>(status, path + ".status") : null)
            {
                NoDue = due is not null && IsNone(due),
                NoOpens = opens is not null && IsNone(opens),
            });
        }

        return [.. result];
    }
}
