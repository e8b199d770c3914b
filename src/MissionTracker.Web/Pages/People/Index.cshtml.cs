using MissionTracker.Web.Features.People;
using MissionTracker.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissionTracker.Web.Pages.People;

public sealed class IndexModel(PersonService people) : PageModel
{
    private const int Shown = 200;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<PersonDto> People { get; private set; } = [];

    public bool More { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var found = await people.List(new PersonFilter { Q = Q }, new ValidationErrors()).FirstAsync(Shown + 1, cancellationToken);
        People = [.. found.Take(Shown)];
        More = found.Count > Shown;
    }
}
