using Beibei.Rules.Casebook;
using Beibei.Rules.Decisions;
using Microsoft.AspNetCore.Http;

namespace Beibei.Rules.AspNetCore;

/// <summary>Reads a request body under the casebook reader's size limit, answering 415 and 413 itself.</summary>
internal static class RequestBody
{
    /// <summary>The body, or null when an error was already answered.</summary>
    public static async Task<byte[]?> ReadAsync(HttpContext context, ServiceMetrics metrics)
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
        var buffer = new byte[capacity];
        var read = 0;
        while (true)
        {
            if (read == buffer.Length)
            {
                if (buffer.Length > CasebookLimits.MaxBytes)
                {
                    return await TooLargeAsync(context, metrics).ConfigureAwait(false);
                }

                Array.Resize(ref buffer, Math.Min(Math.Max(buffer.Length * 2, 4096), CasebookLimits.MaxBytes + 1));
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
            return await TooLargeAsync(context, metrics).ConfigureAwait(false);
        }

        return read == buffer.Length ? buffer : buffer[..read];
    }

    private static async Task<byte[]?> TooLargeAsync(HttpContext context, ServiceMetrics metrics)
    {
        metrics.Failed(ServiceErrorCodes.BodySize);
        await Problems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge,
            [new InputError(ServiceErrorCodes.BodySize, string.Empty, $"The body is larger than {CasebookLimits.MaxBytes} bytes.")]).ConfigureAwait(false);
        return null;
    }
}
