namespace Beibei.Rules.Engine;

/// <summary>The buffers one decision works in: facts, context and outcomes. Each thread keeps one and lends it to one
/// decision at a time, so decisions allocate little and share nothing.</summary>
internal sealed class Workspace
{
    [ThreadStatic]
    private static Workspace? mine;

    private bool lent;

    private Workspace(int clauses)
    {
        Outcomes = new Outcomes(clauses);
        Context = new ClauseContext(Facts);
    }

    public Facts Facts { get; } = new();

    public ClauseContext Context { get; }

    public Outcomes Outcomes { get; }

    /// <summary>Takes this thread's workspace, or a new one if it is already lent (a re-entrant call).</summary>
    /// <remarks>A workspace serves every policy of at most as many clauses as it was built for (a pass reads and clears
    /// only the states of the clauses it evaluated), so a thread that alternates between policies of different sizes
    /// keeps one workspace, sized for the largest, instead of building one per decision.</remarks>
    public static Workspace Rent(int clauses)
    {
        var workspace = mine;
        if (workspace is null || (!workspace.lent && workspace.Outcomes.Count < clauses))
        {
            workspace = mine = new Workspace(clauses);
        }
        else if (workspace.lent)
        {
            workspace = new Workspace(clauses);
        }

        workspace.lent = true;
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
