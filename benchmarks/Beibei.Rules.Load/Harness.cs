using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using HdrHistogram;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Beibei.Rules.Load;

/// <summary>Runs <c>beibei-rules serve</c> and a bare minimal-API echo endpoint, each in a process of its own on loopback,
/// finds the highest rate each sustains, measures p50/p99/p99.9 at half of it, and the batch throughput.</summary>
internal static class Harness
{
    // The casebook's quick-start question (tests/examples/travel-to-fuling.yaml) as the body of every single request.
    private const string Body = """{"at":"2022-11-12T09:00:00+08:00","person":{"region":"jiangbei","tests":[{"sampled":"2022-11-09T08:00:00+08:00","resulted":"2022-11-09T16:00:00+08:00","result":"negative"},{"sampled":"2022-11-10T21:00:00+08:00","resulted":"2022-11-11T06:00:00+08:00","result":"negative"},{"sampled":"2022-11-12T07:00:00+08:00","result":"pending"}],"reports":[{"to":"yubei","at":"2022-11-10T10:00:00+08:00"},{"to":"fuling","at":"2022-11-11T20:00:00+08:00"}]},"ask":{"travel":{"to":"fuling","purpose":"essential","arrives":"2022-11-12T11:00:00+08:00"}}}""";

    private static readonly TimeSpan Step = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan Measure = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is ["echo", var urls])
        {
            return RunEcho(urls);
        }

        var tool = Path.Combine(AppContext.BaseDirectory, "beibei-rules.dll");
        var service = await Server.StartAsync("dotnet", ["exec", tool, "serve", "--urls", "http://127.0.0.1:0"]);
        var echo = await Server.StartAsync("dotnet", ["exec", typeof(Harness).Assembly.Location, "echo", "http://127.0.0.1:0"]);
        try
        {
            if (args is ["latency", var given, ..] && args.Length <= 3 && int.TryParse(given, CultureInfo.InvariantCulture, out var fixedRate))
            {
                // Only the percentiles at one rate for both endpoints, or at a rate each (the bare endpoint's first),
                // each endpoint warmed and measured with nothing overloaded before it.
                var serveRate = args.Length == 3 && int.TryParse(args[2], CultureInfo.InvariantCulture, out var other) ? other : fixedRate;
                foreach (var (name, url, rate) in new[] { ("bare echo", echo.Address + "echo", fixedRate), ("serve /v1/decisions", service.Address + "v1/decisions", serveRate) })
                {
                    using var pool = new LeanPool(url, Body);
                    await WarmAsync(pool);
                    var run = await RunAsync(pool, rate, Measure);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{name} at {rate} req/s: p50 {Ms(run.Histogram, 50)} ms, p99 {Ms(run.Histogram, 99)} ms, p99.9 {Ms(run.Histogram, 99.9)} ms, max {run.Histogram.GetMaxValue() / 1000.0:F2} ms"));
                }

                return 0;
            }

            if (args is ["batch", ..] && (args.Length == 1 || (args.Length == 2 && int.TryParse(args[1], CultureInfo.InvariantCulture, out _))))
            {
                // Only the batch throughput (the single-decision search takes a few minutes), two batches in flight
                // unless told how many.
                await BatchAsync(service, service.Address + "v1/decisions/batch", args.Length == 2 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2);
                return 0;
            }

            var targets = new[] { ("bare echo", echo.Address + "echo"), ("serve /v1/decisions", service.Address + "v1/decisions") };
            Console.WriteLine($"open-loop load on {Environment.ProcessorCount} cores; steps of {Step.TotalSeconds} s; the harness shares the machine with the server");
            var sustained = new Dictionary<string, int>();
            var pools = targets.ToDictionary(t => t.Item1, t => new LeanPool(t.Item2, Body));
            foreach (var (name, _) in targets)
            {
                await WarmAsync(pools[name]);
                sustained[name] = await FindSustainedAsync(pools[name], name);

                // A search ends past what the endpoint sustains, with hundreds of connections open: close them, and let
                // both processes settle, before the next endpoint is measured.
                pools[name].CloseIdle();
                await Task.Delay(TimeSpan.FromSeconds(5));
            }

            Console.WriteLine();
            Console.WriteLine("| endpoint | highest sustained rate (req/s) | at half of it: p50 | p99 | p99.9 | max |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            foreach (var (name, url) in targets)
            {
                var half = sustained[name] / 2;
                if (half == 0)
                {
                    Console.WriteLine($"| {name} | none | | | | |");
                    continue;
                }

                var run = await RunAsync(pools[name], half, Measure);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {sustained[name]:N0} | {Ms(run.Histogram, 50)} ms | {Ms(run.Histogram, 99)} ms | {Ms(run.Histogram, 99.9)} ms | {run.Histogram.GetMaxValue() / 1000.0:F2} ms |"));
            }

            var ratio = (double)sustained["serve /v1/decisions"] / sustained["bare echo"];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"single decisions at {ratio:P0} of the bare endpoint's sustained rate"));
            await BatchAsync(service, service.Address + "v1/decisions/batch", 2);
            await BatchAsync(service, service.Address + "v1/decisions/batch", 4);
            return 0;
        }
        finally
        {
            service.Stop();
            echo.Stop();
        }
    }

    /// <summary>Doubles the rate until a step fails, then bisects: a rate is sustained when every request of the step is
    /// answered 200 within a second of the step's end and p99 stays under 20 ms.</summary>
    private static async Task<int> FindSustainedAsync(LeanPool pool, string name)
    {
        int good = 0, bad = 0;
        async Task StepAsync(int rate)
        {
            var run = await RunAsync(pool, rate, Step);
            Report(name, rate, run);
            (good, bad) = run.Sustained ? (rate, bad) : (good, rate);
        }

        for (var rate = 1000; bad == 0; rate *= 2)
        {
            await StepAsync(rate);
        }

        while (bad - good > Math.Max(250, good / 16))
        {
            await StepAsync((good + bad) / 2);
        }

        return good;
    }

    private static void Report(string name, int rate, Run run) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name}: {rate,6} req/s -> {run.Answered,7} answered, {run.Failed} failed, p99 {Ms(run.Histogram, 99)} ms: {(run.Sustained ? "sustained" : "not sustained")}"));

    private static async Task<Run> RunAsync(LeanPool pool, int rate, TimeSpan duration)
    {
        var histogram = new LongConcurrentHistogram(1, TimeStamp.Seconds(60), 3);
        var total = (int)(rate * duration.TotalSeconds);
        var answered = 0;
        var failed = 0;
        var pending = new List<Task>(total);
        var start = Stopwatch.GetTimestamp();
        var perTick = Stopwatch.Frequency / (double)rate;

        // One thread of its own sends each request at its instant and sleeps until the next one's (usleep: Thread.Sleep
        // counts whole milliseconds). It never spins: on a machine of two cores, a spinning sender takes one from the
        // server. A request sent late by the sleep's slack counts that delay in its latency.
        var sender = new Thread(() =>
        {
            for (var i = 0; i < total;)
            {
                var now = Stopwatch.GetTimestamp();
                while (i < total && start + (long)(i * perTick) <= now)
                {
                    var intended = start + (long)(i * perTick);
                    pending.Add(SendAsync(pool, intended, histogram, () => Interlocked.Increment(ref answered), () => Interlocked.Increment(ref failed)));
                    i++;
                }

                var next = (start + (long)(i * perTick) - Stopwatch.GetTimestamp()) * 1_000_000 / Stopwatch.Frequency;
                if (next > 0)
                {
                    _ = NativeSleep.Microseconds((uint)Math.Min(next, 1_000));
                }
            }
        })
        { IsBackground = true, Name = "open-loop sender" };
        sender.Start();
        sender.Join();

        var all = Task.WhenAll(pending);
        var inTime = await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(1))) == all;
        if (!inTime)
        {
            await all;
        }

        var sustained = inTime && failed == 0 && histogram.TotalCount > 0 && histogram.GetValueAtPercentile(99) <= 20_000;
        return new Run(histogram, answered, failed, sustained);
    }

    private static async Task SendAsync(LeanPool pool, long intended, LongConcurrentHistogram histogram, Action answered, Action failed)
    {
        try
        {
            if (await pool.SendAsync() == (int)HttpStatusCode.OK)
            {
                answered();
            }
            else
            {
                failed();
            }
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or InvalidDataException)
        {
            failed();
        }

        // From the intended send instant, not the actual one.
        histogram.RecordValue(Math.Max(1, (Stopwatch.GetTimestamp() - intended) * 1_000_000 / Stopwatch.Frequency));
    }

    private static async Task WarmAsync(LeanPool pool)
    {
        // Long enough for tiered compilation to settle (the JIT still recompiles after a few thousand calls), from 64
        // connections at once, so that the pool holds them before it is measured: opened all at once at the first step,
        // they overflowed the server's queue of connections to accept, and a refused one waits a second to try again.
        const int Connections = 64;
        await Task.WhenAll(Enumerable.Range(0, Connections).Select(async _ =>
        {
            for (var i = 0; i < 20_000 / Connections; i++)
            {
                var status = await pool.SendAsync();
                if (status != (int)HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"warming up was answered {status}");
                }
            }
        }));
    }

    /// <summary>Batches of 1,000 items (the body's case, each with its id), two in flight, each on a lean connection of
    /// its own (<see cref="LeanConnection"/>): decisions per second, and the server's processor time per decision.</summary>
    private static async Task BatchAsync(Server server, string url, int inFlight)
    {
        var items = string.Join(",", Enumerable.Range(0, 1000).Select(i => "{\"id\":" + i + "," + Body[1..^1] + "}"));
        var body = Encoding.UTF8.GetBytes("{\"items\":[" + items + "]}");
        var request = LeanConnection.Post(new Uri(url), body);
        async Task<int> Loop(TimeSpan duration)
        {
            using var connection = await LeanConnection.OpenAsync(new Uri(url));
            var count = 0;
            var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
            while (Stopwatch.GetTimestamp() < until)
            {
                var status = await connection.SendAsync(request);
                if (status != 200)
                {
                    throw new InvalidOperationException($"a batch was answered {status}");
                }

                count++;
            }

            return count;
        }

        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(_ => Loop(TimeSpan.FromSeconds(15))));
        var cpu = server.ProcessorTime;
        var own = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        var batches = (await Task.WhenAll(Enumerable.Range(0, inFlight).Select(_ => Loop(Measure)))).Sum();
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var serverMicroseconds = (server.ProcessorTime - cpu).TotalMicroseconds / (batches * 1000.0);
        var clientMicroseconds = (Process.GetCurrentProcess().TotalProcessorTime - own).TotalMicroseconds / (batches * 1000.0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"batches of 1,000, {inFlight} in flight: {batches} in {seconds:F1} s = {batches * 1000 / seconds:N0} decisions/s ({batches / seconds:F1} batches/s, {body.Length / 1024} KB each); processor time per decision: the server's {serverMicroseconds:F2} µs, the harness's {clientMicroseconds:F2} µs"));
    }

    private static string Ms(LongConcurrentHistogram histogram, double percentile) =>
        (histogram.GetValueAtPercentile(percentile) / 1000.0).ToString("F2", CultureInfo.InvariantCulture);

    private static int RunEcho(string urls)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        app.MapPost("/echo", async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Request.Body.CopyToAsync(context.Response.Body);
        });
        app.Start();
        Console.WriteLine("echo: serving on " + string.Join(", ", app.Urls));
        app.WaitForShutdown();
        return 0;
    }

    private sealed record Run(LongConcurrentHistogram Histogram, int Answered, int Failed, bool Sustained);
}
