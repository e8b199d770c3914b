using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Features.Statements;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissionTracker.Web.Pages;

public sealed class IndexModel(MissionService missions, StatementService statements) : PageModel
{
    public IReadOnlyList<MissionSummaryDto> Missions { get; private set; } = [];
    public IReadOnlyList<StatementDto> Statements { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Missions = await missions.ListAsync(cancellationToken);
        Statements = await statements.LatestAsync(10, null, cancellationToken);
    }
}
