using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Features.Statements;
using MissionTracker.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissionTracker.Web.Pages.Statements;

/// <summary>The statements browser: every filter is in the query string, so a view can be shared by its URL.</summary>
/// <remarks>Anonymous views are output-cached like the dashboard (evicted by every write, see <c>CacheTags.Pages</c>).</remarks>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Infrastructure.Caching.CachingExtensions.PagesPolicy)]
public sealed class IndexModel(StatementService statements, MissionService missions) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "mission")] public string? Mission { get; set; }
    [BindProperty(SupportsGet = true, Name = "country")] public string? Country { get; set; }
    [BindProperty(SupportsGet = true, Name = "speaker")] public string? Speaker { get; set; }
    [BindProperty(SupportsGet = true, Name = "from")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "to")] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "kind")] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "cursor")] public string? Cursor { get; set; }

    public IReadOnlyList<MissionSummaryDto> Missions { get; private set; } = [];
    public IReadOnlyList<StatementDto> Results { get; private set; } = [];
    public string? NextCursor { get; private set; }
    public IDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public bool Filtered => new[] { Q, Mission, Country, Speaker, Kind }.Any(v => !string.IsNullOrWhiteSpace(v)) || From is not null || To is not null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Missions = await missions.ListAsync(cancellationToken);
        var errors = ModelState.UnreadableFilters();
        var listing = statements.List(new StatementFilter { Q = Q, Mission = Mission, Country = Country, Speaker = Speaker, From = From, To = To, Kind = Kind }, errors);
        var request = new ListRequest { PageSize = PageSize, Cursor = Cursor };
        listing.Validate(request, errors);
        if (errors.Any)
        {
            Errors = errors.ToDictionary();
            return;
        }
        var page = await listing.PageAsync(request, cancellationToken);
        Results = page.Items;
        NextCursor = page.NextCursor;
    }

    /// <summary>This page's filters with another cursor: the "next page" and "first page" links.</summary>
    public IDictionary<string, string?> RouteWith(string? cursor) => new Dictionary<string, string?>
    {
        ["q"] = Q, ["mission"] = Mission, ["country"] = Country, ["speaker"] = Speaker,
        ["from"] = From is DateOnly f ? Display.Iso(f) : null, ["to"] = To is DateOnly t ? Display.Iso(t) : null,
        ["kind"] = Kind, ["cursor"] = cursor,
    };
}
