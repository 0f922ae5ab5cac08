using System.Buffers.Text;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Beibei.Rules.Load;

/// <summary>One keep-alive HTTP/1.1 connection that posts a prepared request and reads the answer into a buffer it
/// reuses, skipping its body: the cheapest client that still reads every byte the server sends, so that on a machine the
/// harness shares with the server the client takes as little of the cores as it can.</summary>
/// <remarks>It understands exactly what Kestrel sends: a status line, headers, and a body of a given
/// <c>Content-Length</c> or in chunks. Not thread-safe: one request at a time per connection.</remarks>
internal sealed class LeanConnection : IDisposable
{
    private readonly Socket socket;
    private readonly byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;

    private LeanConnection(Socket socket) => this.socket = socket;

    public static async Task<LeanConnection> OpenAsync(Uri server)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Parse(server.Host), server.Port));
        return new LeanConnection(socket);
    }

    /// <summary>The bytes of a POST of <paramref name="body"/> as JSON to <paramref name="url"/>.</summary>
    public static byte[] Post(Uri url, byte[] body)
    {
        var head = Encoding.ASCII.GetBytes(
            $"POST {url.PathAndQuery} HTTP/1.1\r\nHost: {url.Authority}\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n");
        return [.. head, .. body];
    }

    /// <summary>Sends <paramref name="request"/> and reads the whole answer.</summary>
    /// <returns>The answer's status code.</returns>
    public async Task<int> SendAsync(byte[] request)
    {
        await socket.SendAsync(request.AsMemory(), SocketFlags.None);
        var status = 0;
        long length = -1;
        var chunked = false;
        for (var first = true; ;)
        {
            var line = await LineAsync();
            if (line.Length == 0)
            {
                break;
            }

            var text = Encoding.ASCII.GetString(buffer, line.Start, line.Length);
            if (first)
            {
                status = int.Parse(text.AsSpan(9, 3), provider: null);
                first = false;
            }
            else if (text.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = long.Parse(text.AsSpan(15).Trim(), provider: null);
            }
            else if (text.StartsWith("Transfer-Encoding:", StringComparison.OrdinalIgnoreCase))
            {
                chunked = text.Contains("chunked", StringComparison.OrdinalIgnoreCase);
            }
        }

        if (!chunked)
        {
            await SkipAsync(Math.Max(0, length));
            return status;
        }

        while (true)
        {
            var line = await LineAsync();
            if (!Utf8Parser.TryParse(buffer.AsSpan(line.Start, line.Length), out long size, out _, 'x'))
            {
                throw new InvalidDataException("a chunk without its size");
            }

            if (size == 0)
            {
                await LineAsync();
                return status;
            }

            await SkipAsync(size);
            await LineAsync();
        }
    }

    public void Dispose() => socket.Dispose();

    private async Task<(int Start, int Length)> LineAsync()
    {
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf("\r\n"u8);
            if (newline >= 0)
            {
                var line = (start, newline);
                start += newline + 2;
                return line;
            }

            await FillAsync();
        }
    }

    private async Task SkipAsync(long count)
    {
        while (count > 0)
        {
            if (start == end)
            {
                await FillAsync();
            }

            var taken = (int)Math.Min(count, end - start);
            start += taken;
            count -= taken;
        }
    }

    private async Task FillAsync()
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            throw new InvalidDataException("a line longer than the buffer");
        }

        var read = await socket.ReceiveAsync(buffer.AsMemory(end), SocketFlags.None);
        if (read == 0)
        {
            throw new IOException("the server closed the connection");
        }

        end += read;
    }
}
