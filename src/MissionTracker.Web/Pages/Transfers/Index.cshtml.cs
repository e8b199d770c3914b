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

    /// <summary>
    /// Transfers shown under each stage of the whole board; the stage's link lists all of it. With thousands of transfers
    /// the board listed every one (3.4 MB of HTML for 5,000).
    /// </summary>
    public const int PerStage = 25;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var filter = new TransferFilter { Country = Country, Mission = Mission, Status = Status };
        // One stage asked for: all of it.
        Board = await transfers.PipelineAsync(filter, Status is { Length: > 0 } ? null : PerStage, errors, cancellationToken);
        if (errors.Any)
        {
            Errors = [.. errors.ToDictionary().SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))];
        }
    }

    /// <summary>The board of one stage, with the same country and mission filters.</summary>
    public string StageLink(TransferStatus status)
    {
        var query = new Dictionary<string, string?> { ["status"] = status.ToString() };
        if (!string.IsNullOrEmpty(Country))
        {
            query["country"] = Country;
        }
        if (!string.IsNullOrEmpty(Mission))
        {
            query["mission"] = Mission;
        }
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/transfers", query);
    }
}
