using MissionTracker.Web.Features.Feeds;
using MissionTracker.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissionTracker.Web.Pages.Feeds;

public sealed class IndexModel(FeedService feeds) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Failing { get; set; }

    public IReadOnlyList<FeedDto> Feeds { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Feeds = await feeds.List(new FeedFilter { Failing = Failing ? true : null }, new ValidationErrors()).AllAsync(cancellationToken);
}
