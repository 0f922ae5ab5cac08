using Beibei.Rules.Model;
using Beibei.Rules.Questions;

namespace Beibei.Rules.Engine;

/// <summary>Whether a value of an enumeration of the catalogue is one of its members: a range check, since every one of
/// them is numbered from zero without gaps (a test checks that), and <see cref="Enum.IsDefined{TEnum}(TEnum)"/> costs
/// more than the rest of a verdict.</summary>
internal static class Defined
{
    public static bool Is(TestResult value) => (uint)value <= (uint)TestResult.Pending;

    public static bool Is(HealthCode value) => (uint)value <= (uint)HealthCode.Red;

    public static bool Is(Symptom value) => (uint)value <= (uint)Symptom.SmellTasteLoss;

    public static bool Is(ControlLevel value) => (uint)value <= (uint)ControlLevel.Temporary;

    public static bool Is(Purpose value) => (uint)value <= (uint)Purpose.Testing;

    public static bool Is(PlaceKind value) => (uint)value <= (uint)PlaceKind.Other;

    public static bool Is(GatheringKind value) => (uint)value <= (uint)GatheringKind.Other;
}
