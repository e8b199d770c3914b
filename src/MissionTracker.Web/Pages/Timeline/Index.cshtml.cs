using MissionTracker.Web.Features.Events;
using MissionTracker.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissionTracker.Web.Pages.Timeline;

public sealed class IndexModel(EventService events) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "mission")] public string? Mission { get; set; }
    [BindProperty(SupportsGet = true, Name = "country")] public string? Country { get; set; }
    [BindProperty(SupportsGet = true, Name = "kind")] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "from")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "to")] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "cursor")] public string? Cursor { get; set; }

    public IReadOnlyList<EventDto> Events { get; private set; } = [];
    public string? NextCursor { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool Filtered => Mission is not null || Country is not null || Kind is not null || From is not null || To is not null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var errors = ModelState.UnreadableFilters();
        var listing = events.List(new EventFilter { Mission = Mission, Country = Country, Kind = Kind, From = From, To = To }, errors);
        var request = new ListRequest { PageSize = 30, Cursor = Cursor };
        listing.Validate(request, errors);
        if (errors.Any)
        {
            Errors = [.. errors.ToDictionary().SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))];
            return;
        }
        var page = await listing.PageAsync(request, cancellationToken);
        (Events, NextCursor) = (page.Items, page.NextCursor);
    }

    public IDictionary<string, string?> RouteWith(string? cursor) => new Dictionary<string, string?>
    {
        ["mission"] = Mission, ["country"] = Country, ["kind"] = Kind,
        ["from"] = From is DateOnly f ? Display.Iso(f) : null, ["to"] = To is DateOnly t ? Display.Iso(t) : null, ["cursor"] = cursor,
    };
}
