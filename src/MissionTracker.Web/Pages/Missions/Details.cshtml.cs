using MissionTracker.Web.Features.Events;
using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Features.Strength;
using MissionTracker.Web.Features.Transfers;
using MissionTracker.Web.Features.History;
using MissionTracker.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissionTracker.Web.Pages.Missions;

public sealed class DetailsModel(
    MissionService missions,
    StrengthService strength,
    TransferService transfers,
    EventService events,
    TimeProvider clock, HistoryService history) : PageModel
{
    public MissionDetailDto Mission { get; private set; } = null!;
    public IReadOnlyList<StrengthPointDto> Series { get; private set; } = [];
    public MissionStrengthDto Contingents { get; private set; } = null!;
    public IReadOnlyList<TransferDto> Transfers { get; private set; } = [];
    public IReadOnlyList<EventDto> Events { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    /// <summary>Why the <c>asOf</c> of the address could not be read (today is shown instead), or null.</summary>
    public string? AsOfError { get; private set; }

    public IReadOnlyList<AuditEntryDto> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var mission = await missions.GetAsync(slug, cancellationToken);
        if (mission is null)
        {
            return NotFound();
        }
        Mission = mission;
        AsOfError = ModelState.UnreadableValue(nameof(AsOf));
        AsOf ??= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Series = await strength.MissionSeriesAsync(slug, cancellationToken);
        Contingents = await strength.ForMissionAsync(slug, AsOf.Value, cancellationToken);
        Transfers = await transfers.List(new TransferFilter { Mission = slug }, new ValidationErrors()).AllAsync(cancellationToken);
        Events = await events.List(new EventFilter { Mission = slug }, new ValidationErrors()).FirstAsync(50, cancellationToken);
        History = await history.ForMissionAsync(slug, cancellationToken);
        return Page();
    }
}
