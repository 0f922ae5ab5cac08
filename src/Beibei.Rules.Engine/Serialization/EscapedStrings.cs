using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Beibei.Rules.Serialization;

/// <summary>String values of the decision JSON escaped once per thread: most of a decision's strings are the same
/// objects in every decision (clause, obligation and condition ids, duty descriptions, remedy sentences, the policy's
/// digest), and escaping and transcoding them again for each decision was a tenth of the time the decision service spent
/// writing.</summary>
/// <remarks>A small table per thread, indexed by the string's identity: a string is escaped into the table the second time
/// it is seen in its slot, so a string that comes once (a region id read from a request) costs nothing but the look-up.
/// Only for the relaxed encoder the library writes with; any other encoder writes the string as it is. The bytes are the
/// same either way.</remarks>
internal static class EscapedStrings
{
    private const int Slots = 512;

    [ThreadStatic]
    private static Entry[]? table;

    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, string value)
    {
        if (!ReferenceEquals(writer.Options.Encoder, JavaScriptEncoder.UnsafeRelaxedJsonEscaping))
        {
            writer.WriteString(name, value);
            return;
        }

        var entries = table ??= new Entry[Slots];
        ref var slot = ref entries[RuntimeHelpers.GetHashCode(value) & (Slots - 1)];
        if (!ReferenceEquals(slot.Key, value))
        {
            // First sight in this slot: remember it, write it plainly.
            slot = new Entry(value, default, Escaped: false);
            writer.WriteString(name, value);
            return;
        }

        if (!slot.Escaped)
        {
            slot = new Entry(value, JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping), Escaped: true);
        }

        writer.WriteString(name, slot.Text);
    }

    private readonly record struct Entry(string Key, JsonEncodedText Text, bool Escaped);
}
