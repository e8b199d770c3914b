namespace MissionTracker.Web.Features.Sources;

public enum CitedFactKind
{
    Statement,
    StrengthObservation,
    Transfer,
    TransferStatus,
    Event,
    MissionStatus,
}

/// <summary>One fact a source supports, with the span of the source's text that says it (when recorded).</summary>
public sealed record CitedFactDto(int CitationId, int? SpanStart, int? SpanEnd, CitedFactKind Kind, int FactId, string Label, string? Mission);
