using System.Buffers;
using Beibei.Rules.Casebook;
using Beibei.Rules.Decisions;
using Microsoft.AspNetCore.Http;

namespace Beibei.Rules.AspNetCore;

/// <summary>Reads a request body under the casebook reader's size limit, answering 415 and 413 itself.</summary>
internal static class RequestBody
{
    /// <summary>The body in a pooled buffer (large bodies would otherwise land on the large-object heap, one per
    /// request), or null when an error was already answered. Dispose it to return the buffer.</summary>
    public static async Task<Body?> ReadAsync(HttpContext context, ServiceMetrics metrics)
    {
        var request = context.Request;
        if (!request.HasJsonContentType())
        {
            metrics.Failed(ServiceErrorCodes.MediaType);
            await Problems.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType,
                [new InputError(ServiceErrorCodes.MediaType, string.Empty, "The body must be JSON, sent with Content-Type: application/json.")]).ConfigureAwait(false);
            return null;
        }

        if (request.ContentLength > CasebookLimits.MaxBytes)
        {
            return await TooLargeAsync(context, metrics).ConfigureAwait(false);
        }

        var capacity = request.ContentLength is { } length ? (int)length + 1 : 4096;
        var buffer = ArrayPool<byte>.Shared.Rent(capacity);
        var read = 0;
        while (true)
        {
            if (read == buffer.Length)
            {
                if (buffer.Length > CasebookLimits.MaxBytes)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return await TooLargeAsync(context, metrics).ConfigureAwait(false);
                }

                var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, CasebookLimits.MaxBytes + 1));
                buffer.AsSpan(0, read).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }

            var count = await request.Body.ReadAsync(buffer.AsMemory(read), context.RequestAborted).ConfigureAwait(false);
            if (count == 0)
            {
                break;
            }

            read += count;
        }

        if (read > CasebookLimits.MaxBytes)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return await TooLargeAsync(context, metrics).ConfigureAwait(false);
        }

        return new Body(buffer, read);
    }

    private static async Task<Body?> TooLargeAsync(HttpContext context, ServiceMetrics metrics)
    {
        metrics.Failed(ServiceErrorCodes.BodySize);
        await Problems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge,
            [new InputError(ServiceErrorCodes.BodySize, string.Empty, $"The body is larger than {CasebookLimits.MaxBytes} bytes.")]).ConfigureAwait(false);
        return null;
    }

    /// <summary>A request body in a buffer rented from the shared pool.</summary>
    internal sealed class Body(byte[] buffer, int length) : IDisposable
    {
        private byte[]? rented = buffer;

        public ReadOnlyMemory<byte> Memory => (rented ?? throw new ObjectDisposedException(nameof(Body))).AsMemory(0, length);

        /// <summary>A copy that outlives the request (for the decision log).</summary>
        public byte[] ToArray() => Memory.ToArray();

        public void Dispose()
        {
            if (rented is { } array)
            {
                rented = null;
                ArrayPool<byte>.Shared.Return(array);
            }
        }
    }
}
