using MissionTracker.Web.Features.History;
using MissionTracker.Web.Features.Sources;
using MissionTracker.Web.Features.Statements;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissionTracker.Web.Pages.Statements;

public sealed class DetailsModel(StatementService statements, SourceService sources, HistoryService history) : PageModel
{
    public StatementDto Statement { get; private set; } = null!;

    /// <summary>The cited sources, so the page names them (title, outlet, date) rather than numbering them.</summary>
    public IReadOnlyList<SourceDto> Sources { get; private set; } = [];
    public IReadOnlyList<AuditEntryDto> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var statement = await statements.GetAsync(HistoryService.Key(id), cancellationToken);
        if (statement is null)
        {
            return NotFound();
        }
        Statement = statement;
        Sources = await sources.ByIdsAsync(statement.SourceIds, cancellationToken);
        History = await history.ForRecordAsync(nameof(Features.Statements.Statement), HistoryService.Key(id), cancellationToken);
        return Page();
    }
}
