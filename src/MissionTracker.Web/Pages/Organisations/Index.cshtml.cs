using MissionTracker.Web.Features.Organisations;
using MissionTracker.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissionTracker.Web.Pages.Organisations;

public sealed class IndexModel(OrganisationService organisations) : PageModel
{
    public IReadOnlyList<OrganisationDto> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Organisations = await organisations.List(new OrganisationFilter(), new ValidationErrors()).AllAsync(cancellationToken);
}
