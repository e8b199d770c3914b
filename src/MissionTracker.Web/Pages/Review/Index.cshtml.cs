using MissionTracker.Web.Features.Intake;
using MissionTracker.Web.Infrastructure.Api;
using MissionTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissionTracker.Web.Pages.Review;

/// <summary>The review queue: each proposal in its context, to accept (corrected if need be), merge into a record, or reject.</summary>
public sealed class IndexModel(ProposalService proposals) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? SourceId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public Page<ProposalDto> Proposals { get; private set; } = new([], null);

    public IReadOnlyDictionary<int, ProposalContext> Contexts { get; private set; } = new Dictionary<int, ProposalContext>();

    /// <summary>Errors of the last decision, by proposal, shown next to its fields.</summary>
    public int? FailedProposal { get; private set; }

    /// <summary>The errors of <paramref name="field"/> when proposal <paramref name="id"/> was the one refused; empty otherwise.</summary>
    public string ErrorsFor(int id, string field) => FailedProposal == id && ModelState[field] is { } entry
        ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage))
        : "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var listing = proposals.List(new ProposalFilter { SourceId = SourceId }, errors);
        var request = new ListRequest { PageSize = 25, Cursor = Cursor };
        listing.Validate(request, errors);
        if (errors.Any)
        {
            return BadRequest();
        }
        Proposals = await listing.PageAsync(request, cancellationToken);
        Contexts = await proposals.ContextsAsync(Proposals.Items, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostAcceptAsync(int id, long version, AcceptProposalInput edits, CancellationToken cancellationToken) =>
        DecideAsync(id, proposals.AcceptAsync(id, Clean(edits), User.ActorName(), version, cancellationToken), "accepted", cancellationToken);

    public Task<IActionResult> OnPostMergeAsync(int id, long version, MergeProposalInput target, CancellationToken cancellationToken) =>
        DecideAsync(id, proposals.MergeAsync(id, target, User.ActorName(), version, cancellationToken), "merged", cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(int id, long version, CancellationToken cancellationToken) =>
        DecideAsync(id, proposals.RejectAsync(id, new RejectProposalInput(), User.ActorName(), version, cancellationToken), "rejected", cancellationToken);

    private async Task<IActionResult> DecideAsync(int id, Task<Outcome<ProposalDto>> decision, string verb, CancellationToken cancellationToken)
    {
        var outcome = await decision;
        if (outcome.Status == OutcomeStatus.Ok)
        {
            TempData["Flash"] = $"Proposal {id} {verb}.";
            return RedirectToPage(new { SourceId, Cursor });
        }
        FailedProposal = id;
        if (outcome.Errors is { } errors)
        {
            foreach (var (field, messages) in errors.ToDictionary())
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(field, message);
                }
            }
        }
        else
        {
            ModelState.AddModelError(string.Empty, outcome.Detail ?? "The proposal could not be changed.");
        }
        return await OnGetAsync(cancellationToken);
    }

    /// <summary>Empty form fields mean "keep what was proposed".</summary>
    private static AcceptProposalInput Clean(AcceptProposalInput edits) => edits with
    {
        Text = Blank(edits.Text), SpeakerName = Blank(edits.SpeakerName), SpeakerRole = Blank(edits.SpeakerRole),
        CountryCode = Blank(edits.CountryCode), Mission = Blank(edits.Mission), FromMission = Blank(edits.FromMission),
        ToMission = Blank(edits.ToMission), Share = Blank(edits.Share), Note = Blank(edits.Note),
        Missions = edits.Missions?.Where(m => !string.IsNullOrWhiteSpace(m)).ToList() is { Count: > 0 } missions ? missions : null,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
