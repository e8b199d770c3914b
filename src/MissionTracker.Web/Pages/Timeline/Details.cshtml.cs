using MissionTracker.Web.Features.Events;
using MissionTracker.Web.Features.History;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissionTracker.Web.Pages.Timeline;

public sealed class DetailsModel(EventService events, HistoryService history) : PageModel
{
    public EventDto Event { get; private set; } = null!;
    public IReadOnlyList<AuditEntryDto> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await events.GetAsync(HistoryService.Key(id), cancellationToken) is not { } found)
        {
            return NotFound();
        }
        Event = found;
        History = await history.ForRecordAsync(nameof(TimelineEvent), HistoryService.Key(id), cancellationToken);
        return Page();
    }
}
