using MissionTracker.Web.Features.Transfers;
using MissionTracker.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissionTracker.Web.Pages.Transfers;

/// <summary>The transfers board: one column per status, filtered by country and mission in the query string.</summary>
public sealed class IndexModel(TransferService transfers) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "country")] public string? Country { get; set; }
    [BindProperty(SupportsGet = true, Name = "mission")] public string? Mission { get; set; }
    [BindProperty(SupportsGet = true, Name = "status")] public string? Status { get; set; }

    public IReadOnlyList<PipelineStage> Board { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var listing = transfers.List(new TransferFilter { Country = Country, Mission = Mission, Status = Status }, errors);
        if (errors.Any)
        {
            Errors = [.. errors.ToDictionary().SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))];
            return;
        }
        Board = PipelineStage.Of(await listing.AllAsync(cancellationToken));
    }
}
