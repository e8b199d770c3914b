using MissionTracker.Web.Features.History;
using MissionTracker.Web.Features.Statements;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissionTracker.Web.Pages.Statements;

public sealed class DetailsModel(StatementService statements, HistoryService history) : PageModel
{
    public StatementDto Statement { get; private set; } = null!;
    public IReadOnlyList<AuditEntryDto> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var statement = await statements.GetAsync(HistoryService.Key(id), cancellationToken);
        if (statement is null)
        {
            return NotFound();
        }
        Statement = statement;
        History = await history.ForRecordAsync(nameof(Features.Statements.Statement), HistoryService.Key(id), cancellationToken);
        return Page();
    }
}
