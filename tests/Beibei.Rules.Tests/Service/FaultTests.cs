using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Beibei.Rules.Tests.Service;

/// <summary>A real <c>beibei-rules serve</c> process under load, killed with SIGKILL: its decision log holds whole lines
/// (except possibly the last) and <c>replay</c> reproduces every one.</summary>
[Trait("Category", "Slow")]
public sealed partial class FaultTests(Xunit.Abstractions.ITestOutputHelper trace) : IDisposable
{
    private const string Trip = """{"person":{"region":"beibei","tests":[{"sampled":"2022-11-11T09:00:00+08:00","resulted":"2022-11-11T15:00:00+08:00","result":"negative"}],"reports":[{"to":"hechuan","at":"2022-11-11T20:00:00+08:00"}]},"ask":{"travel":{"to":"hechuan","purpose":"essential"}}}""";

    private readonly string log = Path.Combine(Path.GetTempPath(), $"beibei-fault-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(log);

    [Fact]
    public async Task AServerKilledUnderLoad_LeavesWholeLines_ThatReplayReproduces()
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "beibei-rules.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", tool, "serve", "--urls", "http://127.0.0.1:0", "--log", log, "--log-facts", "full"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var server = Process.Start(start)!;
        try
        {
            var first = await server.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            var address = Address().Match(first ?? string.Empty);
            Assert.True(address.Success, $"no address in '{first}'");
            trace.WriteLine("address " + address.Value);
            using var client = new HttpClient { BaseAddress = new Uri(address.Value) };
            var bodies = new[]
            {
                Trip,
                Trip.Replace("{\"person\"", "{\"at\":\"2022-11-13T09:00:01+08:00\",\"person\"", StringComparison.Ordinal),
                "{\"items\":[" + string.Join(",", Enumerable.Range(0, 20).Select(i => "{\"id\":" + i + "," + Trip[1..^1] + "}")) + "]}",
            };
            var answered = 0;
            using var stop = new CancellationTokenSource();
            var load = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
            {
                for (var i = worker; !stop.IsCancellationRequested; i++)
                {
                    var body = bodies[i % bodies.Length];
                    using var response = await client.PostAsync(i % bodies.Length == 2 ? "/v1/decisions/batch" : "/v1/decisions", Json.Body(body), CancellationToken.None);
                    Assert.True(response.IsSuccessStatusCode);
                    Interlocked.Increment(ref answered);
                }
            })).ToList();

            trace.WriteLine("load started");

            // Kill it while the clients are still sending, once it has answered and logged under load (a slow machine
            // takes longer to get there; a fixed delay would make the test depend on its speed).
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            while ((Volatile.Read(ref answered) < 200 || new FileInfo(log) is not { Exists: true, Length: > 0 }) && DateTime.UtcNow < deadline && !load.Exists(t => t.IsFaulted))
            {
                await Task.Delay(50);
            }

            server.Kill();
            stop.Cancel();
            trace.WriteLine("killed");
            await server.WaitForExitAsync();
            trace.WriteLine("exited");
            await Task.WhenAll(load.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
            Assert.True(answered > 10, $"only {answered} answers before the kill");
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill();
            }
        }

        var lines = (await File.ReadAllTextAsync(log)).Split('\n');
        var whole = lines.Take(lines.Length - 1).Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(whole);
        Assert.All(whole.SkipLast(1), line => JsonDocument.Parse(line).Dispose());
        var output = new StringWriter();
        var exit = Beibei.Rules.Cli.CommandLine.Run(["replay", log], new StringReader(string.Empty), output, new StringWriter());
        var summary = Summary().Match(output.ToString());
        trace.WriteLine($"{whole.Count} whole lines; replay: {output.ToString().Trim()}");
        Assert.True(exit == 0, output.ToString());
        Assert.True(summary.Success, output.ToString());
        Assert.Equal("0", summary.Groups["differ"].Value);
        Assert.True(int.Parse(summary.Groups["reproduced"].Value, System.Globalization.CultureInfo.InvariantCulture) >= whole.Count - 1, output.ToString());
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Address();

    [GeneratedRegex(@"(?<reproduced>\d+) reproduced, (?<differ>\d+) differ")]
    private static partial Regex Summary();
}
