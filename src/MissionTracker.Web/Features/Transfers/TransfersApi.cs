using MissionTracker.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MissionTracker.Web.Features.Transfers;

public static class TransfersApi
{
    private static readonly ResourceRoute Route = new("transfers", "id", "Transfer", "Transfers",
        "Countries moving personnel from one mission to another, with the dated, sourced history of each transfer's status.");

    public static RouteGroupBuilder MapTransfersApi(this RouteGroupBuilder api)
    {
        var group = api.MapResource<TransferService, TransferDto, TransferDto, TransferInput, TransferFilter>(Route, TransferInput.Example);
        group.MapPost("/{id:int}/status", ChangeTransferStatus).WithName("ChangeTransferStatus")
            .WithSummary("Change a transfer's status")
            .WithDescription("Appends a dated, sourced status change. Transfers move forward (Proposed → … → Completed) or are Cancelled; anything else, such as Completed → Proposed, is 409.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .AddWriteResponses(TransferStatusInput.Example);
        return api;
    }

    private static async Task<Results<Ok<TransferDto>, ValidationProblem, ProblemHttpResult>> ChangeTransferStatus(
        int id, TransferStatusInput input, TransferService transfers, HttpContext http, CancellationToken cancellationToken) =>
        ResourceResults.OkOrProblem(http, await transfers.ChangeStatusAsync(
            id.ToString(System.Globalization.CultureInfo.InvariantCulture), input, ETags.ExpectedVersion(http.Request), cancellationToken));
}
