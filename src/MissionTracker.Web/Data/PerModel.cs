using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MissionTracker.Web.Data;

/// <summary>
/// A compiled query (<c>EF.CompileAsyncQuery</c>) for each model it runs against. EF binds a compiled query to the first
/// model it meets and refuses any other; one process normally has one, but a context built with other options (a tool, a
/// test) gets a model of its own, and would be refused.
/// </summary>
/// <remarks>
/// Compiled, a lookup skips EF's translation of the LINQ expression on every call (funcletizing, the query-cache key): on
/// the write path, where every statement looks up its speaker, missions and sources, that cost more than the SQL.
/// </remarks>
public sealed class PerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = new();

    public TQuery For(DbContext db) => _byModel.GetValue(db.Model, _ => compile());
}
