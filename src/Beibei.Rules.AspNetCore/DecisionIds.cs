using System.Security.Cryptography;

namespace Beibei.Rules.AspNetCore;

/// <summary>The <c>decision-id</c> of each decision: a UUID version 7 (RFC 9562), its first 48 bits the Unix time in
/// milliseconds, so that ids sort by the time they were made, and 74 random bits.</summary>
/// <remarks>
/// <see cref="Guid.CreateVersion7()"/> asks the operating system for its random bits on every call (a system call on
/// Linux), which cost a batch of 1,000 decisions more than deciding them did. These ids take their random bits from a
/// buffer of the cryptographic generator's bytes that each thread refills a few hundred ids at a time, so they are as
/// unpredictable and the call is cheap. Thread-safe: each thread has its own buffer.
/// </remarks>
internal static class DecisionIds
{
    private const int RandomBytesPerId = 10;
    private const int IdsPerRefill = 409;

    [ThreadStatic]
    private static byte[]? random;

    [ThreadStatic]
    private static int used;

    /// <summary>The length of an id's text (8-4-4-4-12 hexadecimal digits).</summary>
    public const int Length = 36;

    /// <summary>A new id made at <paramref name="now"/>, in the 8-4-4-4-12 hexadecimal form.</summary>
    /// <param name="now">The instant the id is made (the server's clock).</param>
    /// <returns>The id, such as <c>0184f1a2-7c3e-7d41-9b2f-5e0c8a1d2f63</c>.</returns>
    public static string New(DateTimeOffset now) => Make(now).ToString();

    /// <summary>Writes a new id made at <paramref name="now"/> as its <see cref="Length"/> UTF-8 characters.</summary>
    /// <param name="now">The instant the id is made (the server's clock).</param>
    /// <param name="utf8">Room for at least <see cref="Length"/> bytes.</param>
    public static void New(DateTimeOffset now, Span<byte> utf8) => Make(now).TryFormat(utf8, out _);

    private static Guid Make(DateTimeOffset now)
    {
        var bits = NextRandom();
        Span<byte> uuid = stackalloc byte[16];
        var milliseconds = Math.Max(0, now.ToUnixTimeMilliseconds());
        for (var i = 5; i >= 0; i--)
        {
            uuid[i] = (byte)milliseconds;
            milliseconds >>= 8;
        }

        bits.CopyTo(uuid[6..]);
        uuid[6] = (byte)(0x70 | (uuid[6] & 0x0F));
        uuid[8] = (byte)(0x80 | (uuid[8] & 0x3F));
        return new Guid(uuid, bigEndian: true);
    }

    private static ReadOnlySpan<byte> NextRandom()
    {
        if (random is null || used == IdsPerRefill)
        {
            random ??= new byte[RandomBytesPerId * IdsPerRefill];
            RandomNumberGenerator.Fill(random);
            used = 0;
        }

        return random.AsSpan(RandomBytesPerId * used++, RandomBytesPerId);
    }
}
