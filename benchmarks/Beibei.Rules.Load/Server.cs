using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Beibei.Rules.Load;

/// <summary>A server process started by the harness, with the address it printed.</summary>
internal sealed partial class Server(Process process, string address)
{
    public string Address { get; } = address;

    /// <summary>The processor time the server's process has used so far (user and kernel, every thread).</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    public static async Task<Server> StartAsync(string file, string[] arguments)
    {
        var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true })!;
        var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)) ?? string.Empty;
        var match = Url().Match(line);
        if (!match.Success)
        {
            process.Kill();
            throw new InvalidOperationException($"no address in '{line}'");
        }

        return new Server(process, match.Value.TrimEnd('/') + "/");
    }

    public void Stop()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }

        process.Dispose();
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/?")]
    private static partial Regex Url();
}
