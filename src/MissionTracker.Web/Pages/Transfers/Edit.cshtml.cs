using MissionTracker.Web.Data;
using MissionTracker.Web.Features.History;
using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Features.Sources;
using MissionTracker.Web.Features.Strength;
using MissionTracker.Web.Features.Transfers;
using MissionTracker.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;

namespace MissionTracker.Web.Pages.Transfers;

public sealed class TransferForm : IRecordForm<TransferForm, TransferDto, TransferInput>
{
    public string? CountryCode { get; set; }
    public string? FromMission { get; set; }
    public string? ToMission { get; set; }
    public PersonnelPrecision Precision { get; set; } = PersonnelPrecision.Share;
    public int? Count { get; set; }
    public string? Description { get; set; }
    /// <summary>The first status, when the transfer is created.</summary>
    public TransferStatus? Status { get; set; } = TransferStatus.Proposed;
    public DateOnly? StatusOn { get; set; }
    public string? Notes { get; set; }
    public List<int> SourceIds { get; set; } = [];
    public long? Version { get; set; }

    public TransferInput ToInput() => new(CountryCode, NullIfBlank(FromMission), NullIfBlank(ToMission), null,
        new PersonnelDto(Precision, Count, null, null, Description), Status, StatusOn, Notes, SourceIds, null);

    public IReadOnlyList<(string Field, string? Value)> Describe() =>
    [
        ("Country", CountryCode), ("From", FromMission), ("To", ToMission), ("Personnel", new PersonnelDto(Precision, Count, null, null, Description).Text),
        ("Notes", Notes), ("Sources", string.Join(", ", SourceIds)),
    ];

    public static TransferForm From(TransferDto saved) => new()
    {
        CountryCode = saved.CountryCode, FromMission = saved.FromMission, ToMission = saved.ToMission, Precision = saved.Personnel.Precision,
        Count = saved.Personnel.Count, Description = saved.Personnel.Description, Status = saved.Status, Notes = saved.Notes,
        SourceIds = [.. saved.SourceIds], Version = saved.Version,
    };

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>The step a transfer moves to, with its date and source.</summary>
public sealed class StatusStepForm
{
    public TransferStatus? Status { get; set; }
    public DateOnly? On { get; set; }
    public string? Note { get; set; }
    public List<int> SourceIds { get; set; } = [];
}

/// <summary>Create (<c>/transfers/create</c>), edit, move along the pipeline and delete (<c>/transfers/{id}/edit</c>) a transfer.</summary>
public sealed class EditModel(TransferService transfers, MissionService missions, SourceService sources, HistoryService history)
    : RecordEditModel<TransferDto, TransferDto, TransferInput, TransferFilter, TransferForm>(transfers)
{
    public override string Noun => "transfer";

    public override string ListUrl => "/transfers";

    public override string DiscardUrl => ListUrl;

    [BindProperty]
    public StatusStepForm Step { get; set; } = new();

    public TransferDto? Saved { get; private set; }
    public IReadOnlyList<MissionSummaryDto> MissionChoices { get; private set; } = [];
    public IReadOnlyList<SourceDto> SourceChoices { get; private set; } = [];
    public IReadOnlyList<AuditEntryDto> History { get; private set; } = [];

    protected override string AfterSaveUrl(TransferDto saved, string key) => $"/transfers#transfer-{key}";

    public async Task<IActionResult> OnPostStepAsync(int id, CancellationToken cancellationToken)
    {
        var key = HistoryService.Key(id);
        var outcome = await transfers.ChangeStatusAsync(key, new TransferStatusInput(Step.Status, Step.On, Step.Note, Step.SourceIds, null), Input.Version, cancellationToken);
        if (outcome.Status == OutcomeStatus.Ok)
        {
            TempData["Flash"] = $"The transfer is now {Display.Words(outcome.Value!.Status)}.";
            return Redirect($"/transfers#transfer-{key}");
        }
        if (outcome.Status == OutcomeStatus.NotFound)
        {
            return NotFound();
        }
        foreach (var (field, messages) in outcome.Errors?.ToDictionary() ?? new Dictionary<string, string[]>())
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError($"Step.{char.ToUpperInvariant(field[0])}{field[1..]}", message);
            }
        }
        if (outcome.Detail is not null)
        {
            ModelState.AddModelError("Step.Status", outcome.Status == OutcomeStatus.PreconditionFailed
                ? "Someone else changed this transfer since you opened it; this page now shows the saved version. Try the step again."
                : outcome.Detail);
        }
        return await OnGetAsync(key, cancellationToken) is NotFoundResult ? NotFound() : Page();
    }

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        MissionChoices = await missions.ListAsync(cancellationToken);
        SourceChoices = await sources.ForFormAsync(Input.SourceIds, cancellationToken);
        if (Id is { } key)
        {
            Saved = await transfers.GetAsync(key, cancellationToken);
            History = await history.ForRecordAsync(nameof(TroopTransfer), key, cancellationToken);
        }
    }
}
