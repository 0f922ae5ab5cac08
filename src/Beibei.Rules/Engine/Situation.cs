namespace Beibei.Rules.Engine;

/// <summary>What a decision is about, in a few bits: the kind of question, where the person lives and is going, and
/// which facts are known. Found once per load of facts and question; clauses state in it where they can reach (see
/// <see cref="Clause.Reach"/>).</summary>
[Flags]
internal enum Situation
{
    None = 0,

    /// <summary>A <c>travel</c> question (the bits of the four kinds are those of <see cref="QuestionKinds"/>).</summary>
    Travel = QuestionKinds.Travel,

    /// <summary>An <c>enter-public-place</c> question.</summary>
    EnterPublicPlace = QuestionKinds.EnterPublicPlace,

    /// <summary>A <c>leave-home</c> question.</summary>
    LeaveHome = QuestionKinds.LeaveHome,

    /// <summary>A <c>gathering</c> question.</summary>
    Gathering = QuestionKinds.Gathering,

    /// <summary>The person lives in a central area.</summary>
    HomeCentral = 1 << 4,

    /// <summary>The person lives in one of the other districts and counties of Chongqing.</summary>
    HomeOther = 1 << 5,

    /// <summary>The person lives outside Chongqing.</summary>
    HomeOutside = 1 << 6,

    /// <summary>The person lives in Beibei.</summary>
    HomeBeibei = 1 << 7,

    /// <summary>A trip to a central area.</summary>
    ToCentral = 1 << 8,

    /// <summary>A trip to another district or county of Chongqing.</summary>
    ToOther = 1 << 9,

    /// <summary>A trip out of Chongqing.</summary>
    ToOutside = 1 << 10,

    /// <summary>A trip to Beibei.</summary>
    ToBeibei = 1 << 11,

    /// <summary>A public place in a central area.</summary>
    PlaceCentral = 1 << 12,

    /// <summary>An arrival is known.</summary>
    Arrival = 1 << 13,

    /// <summary>A home isolation is known.</summary>
    Isolation = 1 << 14,

    /// <summary>A control area is known.</summary>
    ControlArea = 1 << 15,

    /// <summary>A positive result is known.</summary>
    Positive = 1 << 16,
}

/// <summary>Where a clause can reach: the situations holding all the bits of one set, or of another.</summary>
/// <remarks>Both sets are kept inline (a clause states one or two), so a pass checks a clause with two masks and no
/// indirection.</remarks>
internal readonly struct Reach
{
    private readonly Situation first;
    private readonly Situation second;
    private readonly byte count;

    private Reach(Situation first, Situation second, byte count) => (this.first, this.second, this.count) = (first, second, count);

    /// <summary>Every situation: the clause is always evaluated.</summary>
    public static Reach Everywhere { get; } = new(Situation.None, Situation.None, 1);

    /// <summary>No situation: the clause never writes anything.</summary>
    public static Reach Nowhere { get; } = default;

    /// <summary>The situations holding all of <paramref name="required"/>.</summary>
    public static Reach When(Situation required) => new(required, required, 1);

    /// <summary>The situations holding all of <paramref name="required"/>, or all of <paramref name="orElse"/>.</summary>
    public static Reach When(Situation required, Situation orElse) => new(required, orElse, 2);

    /// <summary>True when the clause reaches no situation at all.</summary>
    public bool IsNowhere => count == 0;

    /// <summary>Whether <paramref name="situation"/> is one the clause reaches.</summary>
    public bool Includes(Situation situation) =>
        count != 0 && ((first & ~situation) == 0 || (second & ~situation) == 0);

    /// <summary>Whether a question of kind <paramref name="kind"/> can be in a situation the clause reaches (a set that
    /// asks for no kind admits every kind).</summary>
    public bool Admits(QuestionKinds kind) =>
        count != 0 && (AdmitsKind(first, kind) || AdmitsKind(second, kind));

    private static bool AdmitsKind(Situation required, QuestionKinds kind) =>
        ((QuestionKinds)required & QuestionKinds.All & ~kind) == 0;
}
