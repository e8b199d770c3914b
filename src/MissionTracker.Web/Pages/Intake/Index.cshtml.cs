using System.ComponentModel.DataAnnotations;
using System.Text;
using MissionTracker.Web.Data;
using MissionTracker.Web.Features.Intake;
using MissionTracker.Web.Features.Sources;
using MissionTracker.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissionTracker.Web.Pages.Intake;

/// <summary>Paste an article or upload a .txt/.html file: it becomes a source, and what the extractor finds waits for review.</summary>
public sealed class IndexModel(IntakeService intake) : PageModel
{
    public const int MaxUploadBytes = 1024 * 1024;

    public sealed class ArticleForm
    {
        [StringLength(FieldLengths.Title)]
        public string? Title { get; set; }

        [StringLength(FieldLengths.Name)]
        public string? Outlet { get; set; }

        [Url(ErrorMessage = "Give an absolute http or https address.")]
        [StringLength(FieldLengths.Url)]
        [Display(Name = "URL")]
        public string? Url { get; set; }

        [DataType(DataType.Date)]
        [Display(Name = "Published on")]
        public DateOnly? PublishedOn { get; set; }

        [Display(Name = "Article text")]
        [StringLength(ExtractionLimit, ErrorMessage = "The article is longer than 1,000,000 characters.")]
        public string? Text { get; set; }

        [Display(Name = "Or upload a file (.txt or .html)")]
        public IFormFile? File { get; set; }
    }

    private const int ExtractionLimit = Features.Extraction.ExtractionService.MaxTextLength;

    [BindProperty]
    public ArticleForm Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var text = Input.Text;
        string? uploadedTitle = null;
        if (Input.File is { Length: > 0 } file)
        {
            var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
            if (file.Length > MaxUploadBytes)
            {
                ModelState.AddModelError("Input.File", "The file is larger than 1 MB.");
            }
            else if (extension is not (".txt" or ".html" or ".htm"))
            {
                ModelState.AddModelError("Input.File", "Upload a .txt or .html file.");
            }
            else
            {
                using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                var content = await reader.ReadToEndAsync(cancellationToken);
                if (extension == ".txt")
                {
                    text = content;
                }
                else
                {
                    var reduced = ArticleText.FromHtml(content);
                    (text, uploadedTitle) = (reduced.Text, reduced.Title);
                }
            }
        }
        if (string.IsNullOrWhiteSpace(text) && ModelState.IsValid)
        {
            ModelState.AddModelError("Input.Text", "Paste the article's text or upload a file.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var outcome = await intake.IngestAsync(new ArticleSubmission(
            text!, Input.Title ?? uploadedTitle, Input.Outlet, Input.Url, Input.PublishedOn), cancellationToken);
        if (outcome.Status == OutcomeStatus.Invalid)
        {
            foreach (var (field, messages) in outcome.Errors!.ToDictionary())
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError("Input." + char.ToUpperInvariant(field[0]) + field[1..], message);
                }
            }
            return Page();
        }
        if (outcome.Status != OutcomeStatus.Ok)
        {
            ModelState.AddModelError(string.Empty, outcome.Detail ?? "The article could not be taken in.");
            return Page();
        }
        var result = outcome.Value!;
        TempData["Flash"] = result.DuplicateOf is int existing
            ? $"This article is already stored as source {existing}; nothing new was added."
            : $"Source {result.SourceId} stored with {result.Proposals} proposals to review.";
        return RedirectToPage("/Review/Index", new { sourceId = result.SourceId });
    }
}
