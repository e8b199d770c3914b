using Microsoft.AspNetCore.Http.HttpResults;

namespace MissionTracker.Web.Infrastructure.Api;

public enum OutcomeStatus
{
    Ok,
    NotFound,
    Invalid,
    Conflict,
    PreconditionFailed,
}

/// <summary>What a feature service's change came to; the API turns it into a status code, a page into a message.</summary>
public sealed record Outcome<T>(OutcomeStatus Status, T? Value = default, string? Key = null, ValidationErrors? Errors = null, string? Detail = null)
{
    public static Outcome<T> Ok(T value, string key) => new(OutcomeStatus.Ok, value, key);
    public static Outcome<T> NotFound(string detail) => new(OutcomeStatus.NotFound, Detail: detail);
    public static Outcome<T> Invalid(ValidationErrors errors) => new(OutcomeStatus.Invalid, Errors: errors);
    public static Outcome<T> Conflict(string detail) => new(OutcomeStatus.Conflict, Detail: detail);
    public static Outcome<T> PreconditionFailed(string detail) => new(OutcomeStatus.PreconditionFailed, Detail: detail);

    /// <summary>The same failure for another value type.</summary>
    public Outcome<TOther> Cast<TOther>() => new(Status, default, Key, Errors, Detail);

    /// <summary>The failure as a ProblemDetails result (not for <see cref="OutcomeStatus.Ok"/> or <see cref="OutcomeStatus.Invalid"/>).</summary>
    public ProblemHttpResult ToProblem() => Status switch
    {
        OutcomeStatus.NotFound => Problems.NotFound(Detail),
        OutcomeStatus.Conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: Detail),
        OutcomeStatus.PreconditionFailed => TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Precondition failed", detail: Detail),
        _ => throw new InvalidOperationException("A successful outcome is not a problem."),
    };
}

public static class Problems
{
    public static ProblemHttpResult NotFound(string? detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
