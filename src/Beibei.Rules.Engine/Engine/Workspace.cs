namespace Beibei.Rules.Engine;

/// <summary>The buffers one decision works in: facts, context and outcomes. Each thread keeps one and lends it to one
/// decision at a time, so decisions allocate little and share nothing.</summary>
internal sealed class Workspace
{
    [ThreadStatic]
    private static Workspace? mine;

    // The number of clauses the outcomes were built for, kept beside the flag: the check of every rent reads one line.
    private readonly int capacity;

    private bool lent;

    private Workspace(int clauses)
    {
        capacity = clauses;
        Context = new ClauseContext(Facts);
        Outcomes = new Outcomes(clauses, Context);
    }

    public Facts Facts { get; } = new();

    public ClauseContext Context { get; }

    public Outcomes Outcomes { get; }

    /// <summary>Takes this thread's workspace, or a new one if it is already lent (a re-entrant call).</summary>
    /// <remarks>A workspace serves every policy of at most as many clauses as it was built for (a pass reads and clears
    /// only the states of the clauses it evaluated), so a thread that alternates between policies of different sizes
    /// keeps one workspace, sized for the largest, instead of building one per decision. The usual case, this thread's
    /// workspace free and large enough, is a few reads of the workspace itself, small enough to be inlined into every
    /// decision; anything else is built out of line.</remarks>
    public static Workspace Rent(int clauses)
    {
        var workspace = mine;
        if (workspace is null || workspace.lent || workspace.capacity < clauses)
        {
            return RentNew(clauses);
        }

        workspace.lent = true;
        return workspace;
    }

    /// <summary>A workspace for a decision on a thread whose own is lent (a re-entrant call: a new one, not kept), missing
    /// or too small for <paramref name="clauses"/> (a new one, kept as the thread's).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static Workspace RentNew(int clauses)
    {
        var workspace = new Workspace(clauses) { lent = true };
        if (mine is not { lent: true })
        {
            mine = workspace;
        }

        return workspace;
    }

    /// <summary>Gives the workspace back to its thread.</summary>
    public static void Return(Workspace workspace)
    {
        workspace.Facts.Release();
        workspace.Context.Release();
        workspace.lent = false;
    }
}
