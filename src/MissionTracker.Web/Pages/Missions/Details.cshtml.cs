using MissionTracker.Web.Features.Events;
using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Features.Strength;
using MissionTracker.Web.Features.Transfers;
using MissionTracker.Web.Features.History;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissionTracker.Web.Pages.Missions;

public sealed class DetailsModel(
    MissionService missions,
    StrengthService strength,
    TransferBoardService transfers,
    TimelineService timeline,
    TimeProvider clock, HistoryService history) : PageModel
{
    public MissionDetailDto Mission { get; private set; } = null!;
    public IReadOnlyList<StrengthPointDto> Series { get; private set; } = [];
    public MissionStrengthDto Contingents { get; private set; } = null!;
    public IReadOnlyList<TransferCardDto> Transfers { get; private set; } = [];
    public IReadOnlyList<EventEntryDto> Events { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    public IReadOnlyList<AuditEntryDto> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var mission = await missions.GetAsync(slug, cancellationToken);
        if (mission is null)
        {
            return NotFound();
        }
        Mission = mission;
        AsOf ??= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Series = await strength.MissionSeriesAsync(slug, cancellationToken);
        Contingents = await strength.ForMissionAsync(slug, AsOf.Value, cancellationToken);
        Transfers = await transfers.ForMissionAsync(slug, cancellationToken);
        Events = await timeline.RecentAsync(50, slug, null, cancellationToken);
        History = await history.ForMissionAsync(slug, cancellationToken);
        return Page();
    }
}
