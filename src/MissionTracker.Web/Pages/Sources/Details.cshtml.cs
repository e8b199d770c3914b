using MissionTracker.Web.Features.History;
using MissionTracker.Web.Features.Sources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissionTracker.Web.Pages.Sources;

public sealed class DetailsModel(SourceService sources, HistoryService history) : PageModel
{
    public SourceDto Source { get; private set; } = null!;
    public IReadOnlyList<CitedFactDto> Facts { get; private set; } = [];
    public IReadOnlyList<AuditEntryDto> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var source = await sources.GetAsync(HistoryService.Key(id), cancellationToken);
        if (source is null)
        {
            return NotFound();
        }
        Source = source;
        Facts = await sources.CitedFactsAsync(id, cancellationToken);
        History = await history.ForRecordAsync(nameof(Features.Sources.Source), HistoryService.Key(id), cancellationToken);
        return Page();
    }
}
