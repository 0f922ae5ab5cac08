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
