using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Kasian.Web.Data;

/// <summary>
/// A query compiled once per model. EF Core binds a compiled query to the model it first ran against, and each
/// provider's context (<see cref="SqliteKasianDbContext"/>, ...) has its own model; one process may use several
/// (the test suite does), so each model gets its own compiled copy.
/// </summary>
public sealed class CompiledQuery<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = [];

    public TQuery For(KasianDbContext db) => _byModel.GetValue(db.Model, _ => compile());
}
