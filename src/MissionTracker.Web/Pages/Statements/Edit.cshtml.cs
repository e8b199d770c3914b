using MissionTracker.Web.Features.History;
using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Features.Sources;
using MissionTracker.Web.Features.Statements;
using MissionTracker.Web.Infrastructure.Api;
using MissionTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissionTracker.Web.Pages.Statements;

/// <summary>The fields of the statement form; the service validates them (the same rules as the API).</summary>
public sealed class StatementForm
{
    public string? SpeakerName { get; set; }
    public string? SpeakerRole { get; set; }
    public DateOnly? SaidOn { get; set; }
    public string? Occasion { get; set; }
    public string? Text { get; set; }
    public StatementKind? Kind { get; set; }
    public List<string> Missions { get; set; } = [];
    public string? Topics { get; set; }
    public List<int> SourceIds { get; set; } = [];
    /// <summary>The version the editor started from; a save against a newer one is a conflict.</summary>
    public long? Version { get; set; }

    public StatementInput ToInput() => new(
        SpeakerName, null, null, SpeakerRole, SaidOn, Occasion, Text, Kind,
        [.. (Topics ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        Missions, SourceIds, null);

    public static StatementForm From(StatementDto s) => new()
    {
        SpeakerName = s.SpeakerName, SpeakerRole = s.SpeakerRole, SaidOn = s.SaidOn, Occasion = s.Occasion, Text = s.Text, Kind = s.Kind,
        Missions = [.. s.Missions], Topics = string.Join(", ", s.Topics), SourceIds = [.. s.SourceIds], Version = s.Version,
    };
}

/// <summary>Create (<c>/statements/create</c>), edit and delete (<c>/statements/{id}/edit</c>) a statement. Editors only.</summary>
[Authorize(Policy = Policies.Write)]
public sealed class EditModel(StatementService statements, MissionService missions, SourceService sources) : PageModel
{
    private static readonly IReadOnlySet<string> Fields = FormErrors.FieldsOf<StatementForm>();

    [BindProperty]
    public StatementForm Input { get; set; } = new();

    public int? Id { get; private set; }
    public IReadOnlyList<MissionSummaryDto> MissionChoices { get; private set; } = [];
    public IReadOnlyList<SourceDto> SourceChoices { get; private set; } = [];

    /// <summary>Set when someone else saved the statement first: their version, shown next to the editor's.</summary>
    public StatementDto? Theirs { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is int existing)
        {
            if (await statements.GetAsync(HistoryService.Key(existing), cancellationToken) is not { } statement)
            {
                return NotFound();
            }
            Input = StatementForm.From(statement);
        }
        else
        {
            Input.SaidOn = null;
            Input.Kind = StatementKind.Direct;
        }
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        var outcome = id is int existing
            ? await statements.ReplaceAsync(HistoryService.Key(existing), Input.ToInput(), Input.Version, cancellationToken)
            : await statements.CreateAsync(Input.ToInput(), cancellationToken);
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
                TempData["Flash"] = id is null ? "Statement recorded." : "Statement saved.";
                return Redirect($"/statements/{outcome.Key}");
            case OutcomeStatus.NotFound:
                return NotFound();
            case OutcomeStatus.Invalid:
                ModelState.AddServiceErrors(outcome.Errors!, Fields);
                break;
            case OutcomeStatus.PreconditionFailed or OutcomeStatus.Conflict when id is int changed:
                await ShowConflictAsync(changed, cancellationToken);
                break;
            default:
                ModelState.AddModelError("", outcome.Detail ?? "The statement could not be saved.");
                break;
        }
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        Id = id;
        var outcome = await statements.DeleteAsync(HistoryService.Key(id), Input.Version, cancellationToken);
        if (outcome.Status == OutcomeStatus.Ok)
        {
            TempData["Flash"] = "Statement deleted.";
            return Redirect("/statements");
        }
        if (outcome.Status == OutcomeStatus.NotFound)
        {
            return NotFound();
        }
        // Changed since the editor opened it: show the saved version and let them decide again.
        ModelState.Clear();
        if (await statements.GetAsync(HistoryService.Key(id), cancellationToken) is { } saved)
        {
            Input = StatementForm.From(saved);
        }
        ModelState.AddModelError("", "Someone else changed this statement since you opened it, so it was not deleted. This is the saved version; delete again if you still want to.");
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    /// <summary>Keeps the editor's values, shows the saved ones, and moves the form to the saved version so a second save overwrites knowingly.</summary>
    private async Task ShowConflictAsync(int id, CancellationToken cancellationToken)
    {
        Theirs = await statements.GetAsync(HistoryService.Key(id), cancellationToken);
        if (Theirs is null)
        {
            ModelState.AddModelError("", "The statement was deleted by someone else while you were editing it.");
            return;
        }
        ModelState.Remove("Input.Version");
        Input.Version = Theirs.Version;
        ModelState.AddModelError("", "Someone else saved this statement while you were editing it. Compare the versions below: save again to keep yours, or discard your changes.");
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        MissionChoices = await missions.ListAsync(cancellationToken);
        SourceChoices = await sources.List(new SourceFilter(), new ValidationErrors()).FirstAsync(200, cancellationToken);
    }
}
