using MissionTracker.Web.Features.Sources;
using MissionTracker.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissionTracker.Web.Pages.Sources;

public sealed class IndexModel(SourceService sources) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "outlet")] public string? Outlet { get; set; }
    [BindProperty(SupportsGet = true, Name = "cursor")] public string? Cursor { get; set; }

    public IReadOnlyList<SourceDto> Results { get; private set; } = [];
    public string? NextCursor { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var listing = sources.List(new SourceFilter { Q = Q, Outlet = Outlet }, errors);
        var request = new ListRequest { PageSize = 25, Cursor = Cursor };
        listing.Validate(request, errors);
        if (errors.Any)
        {
            Errors = [.. errors.ToDictionary().SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))];
            return;
        }
        var page = await listing.PageAsync(request, cancellationToken);
        (Results, NextCursor) = (page.Items, page.NextCursor);
    }
}
