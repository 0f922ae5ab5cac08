namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary>The source ids of the catalogue.</summary>
public static class Sources
{
    /// <summary>Chongqing municipal government information office, 136th COVID-19 press conference, 2022-11-09.</summary>
    /// <remarks>A paragraph of it is labelled by where it is printed, never by a heading that would change its force: the
    /// report opens with a lead paragraph (<c>CQ-136 导语</c>) and is divided by three subheadings (the day's new
    /// infections; 一天一检; the measures asked of residents, whose heading begins with 倡导), which are its
    /// <c>第一部分</c>, <c>第二部分</c> and <c>第三部分</c>; paragraphs are counted within a part, so the leave conditions,
    /// which are required (按要求), are <c>CQ-136 第三部分第2段</c>.</remarks>
    public const string Cq136 = "CQ-136";

    /// <summary>重庆市北碚区新型冠状病毒肺炎疫情防控指挥部《致广大北碚市民朋友的一封信》, 2022-11-10.</summary>
    /// <remarks>Its paragraphs are its own points 一 to 八: <c>BB-LETTER 七</c>.</remarks>
    public const string BbLetter = "BB-LETTER";

    /// <summary>《新型冠状病毒肺炎防控方案（第九版）》, 2022-06-28, which CQ-136 says is "严格执行".</summary>
    public const string Nhc9 = "NHC-9";

    /// <summary>《中华人民共和国民法典》第一千二百五十九条: the boundary convention of every clause.</summary>
    public const string Civil1259 = "CIVIL-1259";
}
