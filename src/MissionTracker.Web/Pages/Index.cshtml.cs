using MissionTracker.Web.Features.Events;
using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Features.Statements;
using MissionTracker.Web.Features.Strength;
using MissionTracker.Web.Features.Transfers;
using MissionTracker.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissionTracker.Web.Pages;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Infrastructure.Caching.CachingExtensions.PagesPolicy)]
public sealed class IndexModel(
    MissionService missions,
    StrengthService strength,
    StatementService statements,
    TransferService transfers,
    EventService events,
    TimeProvider clock) : PageModel
{
    public IReadOnlyList<MissionSummaryDto> Missions { get; private set; } = [];
    public IReadOnlyList<StrengthPointDto> Series { get; private set; } = [];
    public IReadOnlyDictionary<string, StrengthChange> Changes { get; private set; } = new Dictionary<string, StrengthChange>();
    public MissionStrengthDto? Contingents { get; private set; }
    public IReadOnlyList<PipelineStage> Pipeline { get; private set; } = [];

    /// <summary>Transfers listed under each stage of the pipeline; the stage's link lists them all.</summary>
    public const int PipelinePerStage = 8;
    public IReadOnlyList<StatementDto> Statements { get; private set; } = [];
    public IReadOnlyList<EventDto> Events { get; private set; } = [];
    /// <summary>Sources that disagree on a figure, until an analyst marks one preferred.</summary>
    public IReadOnlyList<StrengthConflictDto> Conflicts { get; private set; } = [];

    /// <summary>The mission whose contingents are charted (query string, so the view can be shared).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Mission { get; set; }

    /// <summary>The date the contingents are shown as of; today when not given.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    /// <summary>Why the <c>asOf</c> of the address could not be read (today is shown instead), or null.</summary>
    public string? AsOfError { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Missions = await missions.ListAsync(cancellationToken);
        Series = await strength.MissionSeriesAsync(null, cancellationToken);
        Changes = StrengthChange.Latest(Series);
        Mission = Missions.Any(m => m.Slug == Mission) ? Mission : Missions.Select(m => m.Slug).FirstOrDefault(s => s == "global-coalition") ?? (Missions.Count > 0 ? Missions[0].Slug : null);
        AsOfError = ModelState.UnreadableValue(nameof(AsOf));
        AsOf ??= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (Mission is not null)
        {
            Contingents = await strength.ForMissionAsync(Mission, AsOf.Value, cancellationToken);
        }
        Pipeline = await transfers.PipelineAsync(PipelinePerStage, cancellationToken);
        Statements = await statements.LatestAsync(6, null, cancellationToken);
        Events = await events.List(new EventFilter(), new ValidationErrors()).FirstAsync(8, cancellationToken);
        Conflicts = await strength.ConflictsAsync(null, cancellationToken);
    }
}
