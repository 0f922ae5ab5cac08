namespace Beibei.Rules.Engine;

/// <summary>The kinds of question, as the low bits of a <see cref="Situation"/>.</summary>
[Flags]
internal enum QuestionKinds
{
    None = 0,
    Travel = 1,
    EnterPublicPlace = 2,
    LeaveHome = 4,
    Gathering = 8,
}
