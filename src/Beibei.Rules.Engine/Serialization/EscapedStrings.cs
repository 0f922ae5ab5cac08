using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Beibei.Rules.Serialization;

/// <summary>String values of the compact decision JSON (<see cref="CompactDecisionJson"/>) escaped once per thread: most
/// of a decision's strings are the same objects in every decision (clause, obligation and condition ids, duty
/// descriptions, remedy sentences, the policy's digest), and escaping and transcoding them again for each decision was a
/// tenth of the time the decision service spent writing.</summary>
/// <remarks>A small table per thread, indexed by the string's identity: a string is escaped into the table the second time
/// it is seen in its slot, so a string that comes once (a region id read from a request) costs nothing but the look-up.
/// Escaped as <see cref="Utf8JsonWriter"/> escapes with the relaxed encoder the library writes with, text that is not
/// valid UTF-16 included.</remarks>
internal static class EscapedStrings
{
    private const int Slots = 512;

    private static readonly JsonWriterOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    [ThreadStatic]
    private static Entry[]? table;

    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? escaping;

    /// <summary>The string as a JSON string value (its quotes included) from this thread's table; null the first time it is
    /// seen in its slot (the caller then writes it as it comes).</summary>
    public static byte[]? Cached(string value)
    {
        var entries = table ??= new Entry[Slots];
        ref var slot = ref entries[RuntimeHelpers.GetHashCode(value) & (Slots - 1)];
        if (!ReferenceEquals(slot.Key, value))
        {
            // First sight in this slot: remember it, let the caller write it.
            slot = new Entry(value, null);
            return null;
        }

        return slot.Quoted ??= Quoted(value).ToArray();
    }

    /// <summary>The text as a JSON string value (its quotes included), escaped by <see cref="Utf8JsonWriter"/> with the
    /// relaxed encoder; valid until this thread's next call.</summary>
    public static ReadOnlySpan<byte> Quoted(ReadOnlySpan<char> value)
    {
        var (buffer, writer) = escaping ??= Writer();
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        writer.WriteStringValue(value);
        writer.Flush();
        return buffer.WrittenSpan;
    }

    private static (ArrayBufferWriter<byte>, Utf8JsonWriter) Writer()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        return (buffer, new Utf8JsonWriter(buffer, Relaxed));
    }

    private record struct Entry(string Key, byte[]? Quoted);
}
