using System.Collections.Concurrent;
using System.Text;

namespace Beibei.Rules.Load;

/// <summary>Lean connections to one endpoint, each posting the same request: an idle one is reused, and a new one is
/// opened whenever every other is busy, so that an open-loop sender never waits for a connection.</summary>
/// <remarks>Thread-safe. A connection that fails is dropped.</remarks>
internal sealed class LeanPool(string url, string body) : IDisposable
{
    private readonly Uri uri = new(url);
    private readonly byte[] request = LeanConnection.Post(new Uri(url), Encoding.UTF8.GetBytes(body));
    private readonly ConcurrentBag<LeanConnection> idle = [];

    /// <summary>Posts the request on an idle connection or a new one.</summary>
    /// <returns>The answer's status code.</returns>
    public async Task<int> SendAsync()
    {
        var connection = idle.TryTake(out var reused) ? reused : await LeanConnection.OpenAsync(uri);
        try
        {
            var status = await connection.SendAsync(request);
            idle.Add(connection);
            return status;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Closes the idle connections (later requests open new ones).</summary>
    public void CloseIdle()
    {
        while (idle.TryTake(out var connection))
        {
            connection.Dispose();
        }
    }

    public void Dispose() => CloseIdle();
}
