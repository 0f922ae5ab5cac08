using Beibei.Rules.Model;

namespace Beibei.Rules.Engine;

/// <summary>Which regions the layers that name them govern, as bits of a <see cref="Situation"/>: each such layer gets a
/// slot of three bits above the declared ones (the person lives in one of its regions; the trip goes to one; the public
/// place is in one), and its clauses' <see cref="Situation.HomeGoverned"/>, <see cref="Situation.ToGoverned"/> and
/// <see cref="Situation.PlaceGoverned"/> are resolved to that slot when the policy is built. A layer that governs every region needs no slot: the two bits always hold for it.</summary>
internal sealed class Governance
{
    /// <summary>The most layers of one policy that can name the regions they govern.</summary>
    public const int MaxSlots = 3;

    /// <summary>The bits a clause may state: those of <see cref="Situation"/>.</summary>
    public const Situation Declared = (Situation)((1 << FirstSlotBit) - 1);

    private const int FirstSlotBit = 21;

    // For each slot, whether each row of the policy's region table is governed.
    private readonly bool[][] governed;

    /// <param name="layers">The policy's layers; the ones with <see cref="Layer.Governs"/> get a slot each, in order.</param>
    /// <param name="regions">The policy's regions.</param>
    public Governance(IReadOnlyList<Layer> layers, RegionTable regions)
    {
        var slots = new List<bool[]>();
        foreach (var layer in layers)
        {
            if (layer.Governs is { } own)
            {
                var rows = new bool[regions.All.Count];
                foreach (var region in own)
                {
                    rows[region.Index] = true;
                }

                slots.Add(rows);
            }
        }

        governed = [.. slots];
    }

    /// <summary>The bits standing for <see cref="Situation.HomeGoverned"/> in slot <paramref name="slot"/>.</summary>
    public static Situation Home(int slot) => (Situation)(1 << (FirstSlotBit + (3 * slot)));

    /// <summary>The bits standing for <see cref="Situation.ToGoverned"/> in slot <paramref name="slot"/>.</summary>
    public static Situation To(int slot) => (Situation)(1 << (FirstSlotBit + 1 + (3 * slot)));

    /// <summary>The bits standing for <see cref="Situation.PlaceGoverned"/> in slot <paramref name="slot"/>.</summary>
    public static Situation Place(int slot) => (Situation)(1 << (FirstSlotBit + 2 + (3 * slot)));

    /// <summary>The slots' bits of a person living in <paramref name="home"/>, going to <paramref name="destination"/> or
    /// entering a public place in <paramref name="place"/>.</summary>
    public Situation Of(Region home, Region? destination, Region? place)
    {
        var bits = Situation.None;
        for (var slot = 0; slot < governed.Length; slot++)
        {
            var rows = governed[slot];
            bits |= (rows[home.Index] ? Home(slot) : Situation.None)
                | (destination is not null && rows[destination.Index] ? To(slot) : Situation.None)
                | (place is not null && rows[place.Index] ? Place(slot) : Situation.None);
        }

        return bits;
    }
}
