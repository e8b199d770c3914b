namespace MissionTracker.Web.Features.Charts;

/// <summary>One dated value of a series.</summary>
public sealed record ChartPoint(DateOnly On, double Value, string? Label = null);

/// <summary>A named line; <see cref="CssClass"/> picks its colour from site.css (e.g. <c>series-nmi</c>).</summary>
public sealed record ChartSeries(string Name, string CssClass, IReadOnlyList<ChartPoint> Points);

/// <summary>One bar of a bar chart.</summary>
public sealed record ChartBar(string Label, double Value, string? ValueText = null, string? Href = null, string? CssClass = null);

/// <summary>What every chart has: an accessible title and a one-sentence summary for screen readers.</summary>
public sealed record ChartText(string Id, string Title, string Description);
