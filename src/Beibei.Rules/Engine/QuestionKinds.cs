using Beibei.Rules.Questions;

namespace Beibei.Rules.Engine;

/// <summary>Sets of question kinds.</summary>
[Flags]
internal enum QuestionKinds
{
    None = 0,
    Travel = 1,
    EnterPublicPlace = 2,
    LeaveHome = 4,
    Gathering = 8,
    All = Travel | EnterPublicPlace | LeaveHome | Gathering,
}

/// <summary>The kind of a question.</summary>
internal static class QuestionKind
{
    public static QuestionKinds Of(Question question) => question switch
    {
        Travel => QuestionKinds.Travel,
        EnterPublicPlace => QuestionKinds.EnterPublicPlace,
        LeaveHome => QuestionKinds.LeaveHome,
        Gathering => QuestionKinds.Gathering,
        _ => QuestionKinds.None,
    };
}
