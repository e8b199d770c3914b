namespace MissionTracker.Web.Features.Transfers;

/// <summary>One column of the transfers pipeline: a status and the transfers standing at it.</summary>
public sealed record PipelineStage(TransferStatus Status, int Count, IReadOnlyList<TransferDto> Transfers)
{
    /// <summary>Every status in pipeline order (proposed → completed, then cancelled), each with its transfers.</summary>
    public static IReadOnlyList<PipelineStage> Of(IEnumerable<TransferDto> transfers)
    {
        var byStatus = transfers.ToLookup(t => t.Status);
        return [.. Enum.GetValues<TransferStatus>().Select(s => new PipelineStage(s, byStatus[s].Count(), [.. byStatus[s]]))];
    }
}
