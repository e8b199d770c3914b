using MissionTracker.Web.Features.Sources;
using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Pages;

/// <summary>The sources a record form offers to cite (statements, events, transfers, strength observations).</summary>
public static class CitableSources
{
    private const int NewestPublished = 200;
    private const int RecordedLast = 20;

    /// <summary>
    /// The newest by publication date, the ones recorded last (a source just added about an old event), and every source
    /// the record already cites: a form that could not list a cited source would drop the citation on save.
    /// </summary>
    public static async Task<IReadOnlyList<SourceDto>> ForFormAsync(this SourceService sources, IReadOnlyCollection<int> cited, CancellationToken cancellationToken)
    {
        var listed = new List<SourceDto>(await sources.List(new SourceFilter(), new ValidationErrors()).FirstAsync(NewestPublished, cancellationToken));
        listed.AddRange(await sources.List(new SourceFilter(), new ValidationErrors()).FirstAsync(RecordedLast, cancellationToken, "-id"));
        listed.AddRange(await sources.ByIdsAsync(cited.Except(listed.Select(s => s.Id)), cancellationToken));
        return [.. listed.DistinctBy(s => s.Id).OrderByDescending(s => s.PublishedOn ?? DateOnly.MinValue).ThenByDescending(s => s.Id)];
    }
}
