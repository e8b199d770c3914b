using MissionTracker.Core.Extraction;

namespace MissionTracker.Web.Features.Extraction;

/// <summary>An article to extract from. <c>publishedOn</c> overrides the date line when given.</summary>
/// <param name="Text">The article: title on the first line, then the body. At most 1,000,000 characters.</param>
/// <param name="PublishedOn">The publication date, when the caller knows it (YYYY-MM-DD).</param>
public sealed record ExtractRequest(string? Text, DateOnly? PublishedOn);

/// <summary>A quote (kind <c>direct</c>) or reported statement (kind <c>paraphrase</c>); start/end index the text, end exclusive.</summary>
public sealed record ExtractedQuoteDto(string Text, string? Speaker, string? Role, string? Organisation, string Kind, int Start, int End);

/// <summary>A count of military personnel; <c>mission</c> is a mission slug or null.</summary>
public sealed record ExtractedTroopFigureDto(int Count, bool Approximate, string? CountryCode, string? Mission, string Text, int Start, int End);

public sealed record ExtractedMentionDto(string Code, string Text, int Start, int End);

public sealed record ExtractedTransferDto(string? CountryCode, string? FromMission, string? ToMission, int? Count, string? Share, string Text, int Start, int End);

/// <summary>
/// What the extractor proposes. <c>quotes</c> holds the direct quotes (words in quotation marks);
/// reported speech is in <c>paraphrases</c>, so that a consumer counting quotes counts only quoted words.
/// <c>countries</c> and <c>missions</c> are distinct codes and slugs; <c>countryMentions</c> and
/// <c>missionMentions</c> give every occurrence with its span.
/// </summary>
public sealed record ExtractionResponse(
    DateOnly? PublishedOn,
    IReadOnlyList<ExtractedQuoteDto> Quotes,
    IReadOnlyList<ExtractedQuoteDto> Paraphrases,
    IReadOnlyList<ExtractedTroopFigureDto> TroopFigures,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Missions,
    IReadOnlyList<ExtractedTransferDto> Transfers,
    IReadOnlyList<ExtractedMentionDto> CountryMentions,
    IReadOnlyList<ExtractedMentionDto> MissionMentions)
{
    public static ExtractionResponse From(ExtractionResult r)
    {
        static ExtractedQuoteDto Quote(ExtractedQuote q) =>
            new(q.Text, q.Speaker, q.Role, q.Organisation, q.Kind == QuoteKind.Direct ? "direct" : "paraphrase", q.Start, q.End);
        return new ExtractionResponse(
            r.PublishedOn,
            [.. r.DirectQuotes().Select(Quote)],
            [.. r.Paraphrases().Select(Quote)],
            [.. r.TroopFigures.Select(f => new ExtractedTroopFigureDto(f.Count, f.Approximate, f.CountryCode, f.Mission, f.Text, f.Start, f.End))],
            [.. r.Countries.Select(c => c.CountryCode).Distinct()],
            [.. r.Missions.Select(m => m.Mission).Distinct()],
            [.. r.Transfers.Select(t => new ExtractedTransferDto(t.CountryCode, t.FromMission, t.ToMission, t.Count, t.Share, t.Text, t.Start, t.End))],
            [.. r.Countries.Select(c => new ExtractedMentionDto(c.CountryCode, c.Text, c.Start, c.End))],
            [.. r.Missions.Select(m => new ExtractedMentionDto(m.Mission, m.Text, m.Start, m.End))]);
    }
}
