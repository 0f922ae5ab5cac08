using System.Runtime.InteropServices;

namespace Beibei.Rules.Load;

/// <summary>A sleep of microseconds (the C library's usleep), for pacing the open-loop sender without spinning.</summary>
internal static partial class NativeSleep
{
    [LibraryImport("libc", EntryPoint = "usleep")]
    public static partial int Microseconds(uint microseconds);
}
