namespace Beibei.Rules.Cli;

/// <summary>A command line: the command, its positional arguments and its <c>--name value</c> options.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);

    private Arguments(string command) => Command = command;

    public string Command { get; }

    public List<string> Positional { get; } = [];

    public static Arguments Parse(string[] args)
    {
        if (args.Length == 0)
        {
            throw new ArgumentException("no command given");
        }

        var parsed = new Arguments(args[0]);
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var name = arg[2..];
                var eq = name.IndexOf('=', StringComparison.Ordinal);
                if (eq >= 0)
                {
                    parsed.options[name[..eq]] = name[(eq + 1)..];
                }
                else if (i + 1 < args.Length)
                {
                    parsed.options[name] = args[++i];
                }
                else
                {
                    throw new ArgumentException($"option --{name} needs a value");
                }
            }
            else
            {
                parsed.Positional.Add(arg);
            }
        }

        return parsed;
    }

    public string? Option(string name) => options.GetValueOrDefault(name);

    /// <summary>Rejects any option not named here: a misspelt option must not pass silently.</summary>
    public void Allow(params string[] names)
    {
        foreach (var name in options.Keys)
        {
            if (Array.IndexOf(names, name) < 0)
            {
                throw new ArgumentException($"{Command} has no option --{name}");
            }
        }
    }
}
