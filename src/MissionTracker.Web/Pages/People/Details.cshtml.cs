using MissionTracker.Web.Features.People;
using MissionTracker.Web.Features.Statements;
using MissionTracker.Web.Features.History;
using MissionTracker.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissionTracker.Web.Pages.People;

public sealed class DetailsModel(PersonService people, StatementService statements, HistoryService history) : PageModel
{
    public PersonDto Speaker { get; private set; } = null!;
    public IReadOnlyList<StatementDto> Statements { get; private set; } = [];

    public IReadOnlyList<AuditEntryDto> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var speaker = await people.GetAsync(HistoryService.Key(id), cancellationToken);
        if (speaker is null)
        {
            return NotFound();
        }
        Speaker = speaker;
        Statements = await statements.List(new StatementFilter { Speaker = HistoryService.Key(id) }, new ValidationErrors()).AllAsync(cancellationToken);
        History = await history.ForRecordAsync(nameof(Features.People.Person), HistoryService.Key(id), cancellationToken);
        return Page();
    }
}
