using MissionTracker.Web.Infrastructure.Api;
using MissionTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MissionTracker.Web.Features.Intake;

/// <summary>The review queue for scripts: list proposals, then accept, merge or reject each (a write key).</summary>
public static class ProposalsApi
{
    public static RouteGroupBuilder MapProposalsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/proposals").WithTags("Proposals");
        group.MapGet("/", ListProposals).WithName("ListProposals")
            .WithSummary("List proposals")
            .WithDescription("What the extractor found in taken-in articles, waiting for review (status=Pending by default; `status=all` for every one). Keyset-paged like every list; `format=csv|ndjson` streams.")
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .AddReadResponses();
        group.MapGet("/{id:int}", GetProposal).WithName("GetProposal")
            .WithSummary("Get a proposal")
            .WithDescription("One proposal with its span in the source's text and, once reviewed, the record it became.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AddReadResponses();
        group.MapPost("/{id:int}/accept", AcceptProposal).WithName("AcceptProposal")
            .WithSummary("Accept a proposal into a record")
            .WithDescription("Creates the statement, strength observation or troop transfer the proposal describes, cited to its source and span; fields in the body correct what was proposed. 409 when it was already reviewed.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .AddWriteResponses(AcceptProposalInput.Example);
        group.MapPost("/{id:int}/merge", MergeProposal).WithName("MergeProposal")
            .WithSummary("Merge a proposal into an existing record")
            .WithDescription("The same quote or figure from another outlet: the proposal's source and span become one more source of the record named in the body.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .AddWriteResponses(MergeProposalInput.Example);
        group.MapPost("/{id:int}/reject", RejectProposal).WithName("RejectProposal")
            .WithSummary("Reject a proposal")
            .WithDescription("Marks the proposal rejected, with an optional note; nothing else changes.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .AddWriteResponses(new RejectProposalInput("Not about Iraq."));
        return api;
    }

    private static async Task<Results<Ok<Page<ProposalDto>>, ExportResult<ProposalDto>, ValidationProblem>> ListProposals(
        [AsParameters] ListRequest list, [AsParameters] ProposalFilter filter, ProposalService proposals, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var format = ExportFormats.Negotiate(http, list.Format, errors);
        var listing = proposals.List(filter, errors);
        listing.Validate(list, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        return format == ExportFormat.Json
            ? TypedResults.Ok(await listing.PageAsync(list, cancellationToken))
            : new ExportResult<ProposalDto>(listing.AllAsync(list, cancellationToken), format, "proposals");
    }

    private static async Task<Results<Ok<ProposalDto>, ProblemHttpResult>> GetProposal(int id, ProposalService proposals, HttpContext http, CancellationToken cancellationToken)
    {
        var proposal = await proposals.GetAsync(id, cancellationToken);
        if (proposal is null)
        {
            return Problems.NotFound($"No proposal has the id {id}.");
        }
        http.Response.Headers.ETag = ETags.For(proposal.Version);
        return TypedResults.Ok(proposal);
    }

    private static async Task<Results<Ok<ProposalDto>, ValidationProblem, ProblemHttpResult>> AcceptProposal(
        int id, AcceptProposalInput? edits, ProposalService proposals, HttpContext http, CancellationToken cancellationToken) =>
        ResourceResults.OkOrProblem(http, await proposals.AcceptAsync(id, edits ?? new AcceptProposalInput(), http.User.ActorName(), ETags.ExpectedVersion(http.Request), cancellationToken));

    private static async Task<Results<Ok<ProposalDto>, ValidationProblem, ProblemHttpResult>> MergeProposal(
        int id, MergeProposalInput target, ProposalService proposals, HttpContext http, CancellationToken cancellationToken) =>
        ResourceResults.OkOrProblem(http, await proposals.MergeAsync(id, target, http.User.ActorName(), ETags.ExpectedVersion(http.Request), cancellationToken));

    private static async Task<Results<Ok<ProposalDto>, ValidationProblem, ProblemHttpResult>> RejectProposal(
        int id, RejectProposalInput? input, ProposalService proposals, HttpContext http, CancellationToken cancellationToken) =>
        ResourceResults.OkOrProblem(http, await proposals.RejectAsync(id, input ?? new RejectProposalInput(), http.User.ActorName(), ETags.ExpectedVersion(http.Request), cancellationToken));
}
