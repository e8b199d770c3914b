using MissionTracker.Web.Infrastructure.Api;
using MissionTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissionTracker.Web.Pages;

/// <summary>The fields of an edit form: how it becomes the API's input, and how a saved record fills it.</summary>
public interface IRecordForm<TForm, TDto, TInput> where TForm : IRecordForm<TForm, TDto, TInput>
{
    /// <summary>The version the editor started from; saving against a newer one is a conflict.</summary>
    long? Version { get; set; }

    TInput ToInput();

    /// <summary>Label and value of every field, for the conflict view.</summary>
    IReadOnlyList<(string Field, string? Value)> Describe();

    static abstract TForm From(TDto saved);

    /// <summary>
    /// The form field a service error about <paramref name="field"/> (<c>citations[0]</c>) belongs to; a form that sends
    /// only some of its rows maps the row numbers back.
    /// </summary>
    string FormField(string field) => field;
}

/// <summary>What the shared edit layout (<c>_RecordForm</c>) shows around a form's fields.</summary>
public interface IRecordEditPage
{
    /// <summary>The record's key (id, slug or ISO code); null while creating.</summary>
    string? Id { get; }
    long? Version { get; }
    string Noun { get; }
    string DiscardUrl { get; }
    IReadOnlyList<(string Field, string? Mine, string? Theirs)>? Conflict { get; }
}

/// <summary>
/// Create, edit and delete one kind of record through its feature service (the same validation and concurrency rules as
/// the API): post-redirect-get on success, field errors next to the fields, and on a conflict both versions side by side
/// with nothing overwritten. Editors only.
/// </summary>
[Authorize(Policy = Policies.Write)]
public abstract class RecordEditModel<TItem, TDto, TInput, TFilter, TForm>(IResource<TItem, TDto, TInput, TFilter> records) : PageModel, IRecordEditPage
    where TForm : class, IRecordForm<TForm, TDto, TInput>, new()
    where TDto : class
{
    private static readonly IReadOnlySet<string> Fields = FormErrors.FieldsOf<TForm>();

    [BindProperty]
    public TForm Input { get; set; } = new();

    /// <summary>The record's key as the feature service addresses it (id, slug or ISO code); null while creating.</summary>
    public string? Id { get; private set; }

    long? IRecordEditPage.Version => Input.Version;

    /// <summary>Field, the editor's value, the saved value: set when someone else saved first.</summary>
    public IReadOnlyList<(string Field, string? Mine, string? Theirs)>? Conflict { get; private set; }

    /// <summary>"statement", "event": for messages.</summary>
    public abstract string Noun { get; }

    public abstract string ListUrl { get; }

    public virtual string DetailUrl(string key) => $"{ListUrl}/{key}";

    /// <summary>Where "discard your changes" and "cancel" go.</summary>
    public virtual string DiscardUrl => Id is { } key ? DetailUrl(key) : ListUrl;

    /// <summary>The record's page, shown after a save (post-redirect-get).</summary>
    protected virtual string AfterSaveUrl(TDto saved, string key) => DetailUrl(key);

    /// <summary>Lists the form's choices (missions, sources) after every request that shows the form.</summary>
    protected virtual Task LoadChoicesAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A new record's starting values.</summary>
    protected virtual TForm Blank() => new();

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is { } existing)
        {
            if (await records.GetAsync(existing, cancellationToken) is not { } saved)
            {
                return NotFound();
            }
            Input = TForm.From(saved);
        }
        else
        {
            Input = Blank();
        }
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (!ModelState.IsValid)
        {
            // A value that could not be read (a date that does not exist, a number too large, a tampered version) reaches the
            // service as empty: saving then would drop it silently, or skip the version check. Explain it and save nothing.
            ExplainUnreadableValues();
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }
        var outcome = id is { } existing
            ? await records.ReplaceAsync(existing, Input.ToInput(), Input.Version, cancellationToken)
            : await records.CreateAsync(Input.ToInput(), cancellationToken);
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
                TempData["Flash"] = id is null ? $"The {Noun} is recorded." : $"The {Noun} is saved.";
                return Redirect(AfterSaveUrl(outcome.Value!, outcome.Key!));
            case OutcomeStatus.NotFound:
                return NotFound();
            case OutcomeStatus.Invalid:
                ModelState.AddServiceErrors(outcome.Errors!, Fields, field => Input.FormField(field));
                break;
            case OutcomeStatus.PreconditionFailed or OutcomeStatus.Conflict when id is { } changed:
                await ShowConflictAsync(changed, cancellationToken);
                break;
            default:
                ModelState.AddModelError("", outcome.Detail ?? $"The {Noun} could not be saved.");
                break;
        }
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, CancellationToken cancellationToken)
    {
        Id = id;
        var outcome = await records.DeleteAsync(id, Input.Version, cancellationToken);
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
                TempData["Flash"] = $"The {Noun} is deleted; its history is kept.";
                return Redirect(ListUrl);
            case OutcomeStatus.NotFound:
                return NotFound();
            case OutcomeStatus.Conflict when outcome.Detail is not null && !outcome.Detail.Contains("changed", StringComparison.Ordinal):
                ModelState.AddModelError("", outcome.Detail);
                break;
            default:
                ModelState.AddModelError("", $"Someone else changed this {Noun} since you opened it, so it was not deleted. This is the saved version; delete again if you still want to.");
                break;
        }
        if (await records.GetAsync(id, cancellationToken) is { } saved)
        {
            Input = TForm.From(saved);
        }
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    private void ExplainUnreadableValues()
    {
        foreach (var (key, entry) in ModelState.Where(e => e.Value is { Errors.Count: > 0 }).ToList())
        {
            // The form shows the model's value instead: a checkbox cannot redisplay "maybe" (the tag helper would throw).
            ModelState.SetModelValue(key, rawValue: null, entry!.AttemptedValue);
        }
        if (ModelState.GetFieldValidationState("Input.Version") == ModelValidationState.Invalid)
        {
            ModelState.AddModelError("", $"The form's version of this {Noun} could not be read. Open the {Noun} again and make your change there.");
        }
    }

    /// <summary>Keeps the editor's values, shows the saved ones, and moves the form to the saved version so a second save overwrites knowingly.</summary>
    private async Task ShowConflictAsync(string id, CancellationToken cancellationToken)
    {
        if (await records.GetAsync(id, cancellationToken) is not { } saved)
        {
            ModelState.AddModelError("", $"The {Noun} was deleted by someone else while you were editing it.");
            return;
        }
        var theirs = TForm.From(saved);
        Conflict = [.. Input.Describe().Zip(theirs.Describe(), (mine, other) => (mine.Field, mine.Value, other.Value))];
        ModelState.Remove("Input.Version");
        Input.Version = theirs.Version;
        ModelState.AddModelError("", $"Someone else saved this {Noun} while you were editing it. Compare the versions: save again to keep yours, or discard your changes.");
    }
}
