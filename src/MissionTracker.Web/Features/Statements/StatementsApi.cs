using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Features.Statements;

public static class StatementsApi
{
    private static readonly ResourceRoute Route = new("statements", "id", "Statement", "Statements",
        "What someone said, when, in which capacity, and on which sources. `q` searches the text.");

    public static RouteGroupBuilder MapStatementsApi(this RouteGroupBuilder api)
    {
        api.MapResource<StatementService, StatementDto, StatementDto, StatementInput, StatementFilter>(Route, StatementInput.Example);
        return api;
    }
}
