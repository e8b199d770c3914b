using MissionTracker.Web.Features.Intake;
using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Tests.Infrastructure;

public static class IntakeTestExtensions
{
    /// <summary>Takes an article in and fails the test unless intake accepted it (as new or as a copy).</summary>
    public static async Task<IntakeResult> IngestOrFailAsync(this IntakeService intake, ArticleSubmission submission, CancellationToken cancellationToken)
    {
        var outcome = await intake.IngestAsync(submission, cancellationToken);
        Assert.True(outcome.Status == OutcomeStatus.Ok, $"{outcome.Status}: {outcome.Detail}");
        return outcome.Value!;
    }
}
