using Beibei.Rules.Casebook;

namespace Beibei.Rules.AspNetCore;

/// <summary>The error codes only the decision service can give, beside the catalogue's and the casebook reader's.</summary>
public static class ServiceErrorCodes
{
    /// <summary>A body that is not <c>application/json</c> (status 415).</summary>
    public const string MediaType = "request.media-type";

    /// <summary>A body larger than <see cref="CasebookLimits.MaxBytes"/> (status 413): the casebook reader's code.</summary>
    public const string BodySize = CasebookLimits.FileSizeCode;

    /// <summary>A batch with more items than <see cref="BeibeiRulesServiceOptions.MaxBatchItems"/> (status 400).</summary>
    public const string BatchItems = CaseRequestReader.BatchItemsCode;
}
