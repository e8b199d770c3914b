using Microsoft.AspNetCore.Http.HttpResults;

namespace MissionTracker.Web.Features.Extraction;

public static class ExtractionApi
{
    public static RouteGroupBuilder MapExtractionApi(this RouteGroupBuilder api)
    {
        api.MapPost("/extract", Extract)
            .WithTags("Extraction")
            .WithName("ExtractArticle")
            .WithMetadata(new Infrastructure.Api.ExpensiveEndpoint())
            .WithSummary("Propose quotes, troop figures, countries, missions and transfers found in an article")
            .WithDescription("A dry run: nothing is stored. Every proposal carries its character span (start inclusive, end exclusive) in the text sent.")
            .Accepts<ExtractRequest>("application/json")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return api;
    }

    private static async Task<Results<Ok<ExtractionResponse>, ValidationProblem, ProblemHttpResult>> Extract(
        ExtractRequest request, ExtractionService extraction, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["The article text is required."] });
        }
        if (request.Text.Length > ExtractionService.MaxTextLength)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Article too long",
                detail: $"The text has {request.Text.Length:N0} characters; the limit is {ExtractionService.MaxTextLength:N0}.");
        }
        var result = await extraction.ExtractAsync(request.Text, request.PublishedOn, cancellationToken);
        return TypedResults.Ok(ExtractionResponse.From(result));
    }
}
