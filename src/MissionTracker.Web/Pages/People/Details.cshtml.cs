using MissionTracker.Web.Features.People;
using MissionTracker.Web.Features.Statements;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissionTracker.Web.Pages.People;

public sealed class DetailsModel(SpeakerService speakers, StatementService statements) : PageModel
{
    public SpeakerDto Speaker { get; private set; } = null!;
    public IReadOnlyList<StatementDto> Statements { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var speaker = await speakers.GetAsync(id, cancellationToken);
        if (speaker is null)
        {
            return NotFound();
        }
        Speaker = speaker;
        Statements = await statements.BySpeakerAsync(id, cancellationToken);
        return Page();
    }
}
