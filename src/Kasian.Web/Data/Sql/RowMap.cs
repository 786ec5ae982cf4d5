using System.Collections.Concurrent;
using System.Data.Common;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kasian.Web.Data.Sql;

/// <summary>
/// One entity type's table as plain ADO.NET statements: the column list, reading a row into an entity, inserting
/// one, updating the columns that changed. Everything comes from EF Core's own model of the provider in use (table
/// and column names, value converters, parameter types), so a row written here reads back through EF Core exactly
/// as one EF Core wrote, and a column added to the model needs no change here.
/// </summary>
/// <remarks>
/// Why not EF Core on these paths: through EF Core a memo action cost about 0.9 ms of CPU per endorsement (query
/// pipeline, change tracking, command building, and SQLite preparing each new command anew), five times the durable
/// commit on SQLite. Plain commands on a connection that keeps them prepared cost about 0.06 ms (docs/benchmarks.md).
/// </remarks>
public static class RowMap
{
    /// <summary>Double quotes delimit identifiers in SQLite, PostgreSQL and SQL Server (QUOTED_IDENTIFIER is on by default).</summary>
    public static string Quote(string identifier) => '"' + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + '"';

    /// <summary>The map for the model a context uses: each provider's model maps types and names its own way.</summary>
    public static RowMap<T> For<T>(IModel model) where T : class => PerModel<T>.Maps.GetValue(model, m => new RowMap<T>(m));

    private static class PerModel<T> where T : class
    {
        public static readonly ConditionalWeakTable<IModel, RowMap<T>> Maps = [];
    }
}

/// <inheritdoc cref="RowMap"/>
public sealed partial class RowMap<T> where T : class
{
    private readonly Column[] _columns;
    private readonly Dictionary<string, Column> _byProperty;
    private readonly List<string> _shadow;
    private readonly Func<DbDataReader, int, T> _read;
    private readonly ConcurrentDictionary<(ulong Changed, string Prefix), string> _updates = [];
    private readonly ConcurrentDictionary<string, string> _statements = [];

    internal RowMap(IModel model)
    {
        var type = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        Table = type.GetTableName()!;
        var table = StoreObjectIdentifier.Table(Table, type.GetSchema());
        // Key first: Read takes a null first column for "no row" (a LEFT JOIN that found nothing).
        _columns = type.GetProperties()
            .Where(p => p.PropertyInfo is not null)
            .OrderBy(p => p.IsPrimaryKey() ? 0 : 1)
            .Select(p => new Column(p.Name, p.GetColumnName(table)!, p.GetRelationalTypeMapping(), p.IsNullable, p.PropertyInfo!))
            .ToArray();
        _byProperty = _columns.ToDictionary(c => c.Property);
        // A column with no property on the class (an EF shadow property) could be read past but not written.
        _shadow = type.GetProperties().Where(p => p.PropertyInfo is null).Select(p => p.Name).ToList();
        if (_columns.Length > 64) throw new InvalidOperationException($"{typeof(T).Name} has more than 64 columns; change sets are kept as bits.");
        _read = CompileReader(_columns);
    }

    public string Table { get; }

    public int ColumnCount => _columns.Length;

    /// <summary>The quoted column list, each prefixed with <paramref name="alias"/> when given, in the order <see cref="Read"/> expects.</summary>
    public string SelectList(string? alias = null) =>
        string.Join(", ", _columns.Select(c => alias is null ? RowMap.Quote(c.Name) : $"{alias}.{RowMap.Quote(c.Name)}"));

    /// <summary>Reads the entity from <see cref="ColumnCount"/> columns starting at <paramref name="offset"/>; null when its first column (the key) is null, as after a LEFT JOIN that found nothing.</summary>
    public T? Read(DbDataReader reader, int offset = 0) => reader.IsDBNull(offset) ? null : _read(reader, offset);

    /// <summary>The entity's column values, for telling later which of them changed.</summary>
    public object?[] Snapshot(T entity) => Array.ConvertAll(_columns, c => c.Get(entity));

    /// <summary>A statement on this table, built once per model: the same text every time lets prepared statements be reused.</summary>
    public string Statement(string name, Func<RowMap<T>, string> build) => _statements.GetOrAdd(name, (_, map) => build(map), this);

    /// <summary>The quoted column name of a property.</summary>
    public string Quoted(string property) => RowMap.Quote(this[property].Name);

    public Column this[string property] => _byProperty.GetValueOrDefault(property)
        ?? throw new ArgumentException($"{typeof(T).Name}.{property} is not a mapped column.", nameof(property));

    /// <summary>
    /// An INSERT of the entity: every column but <paramref name="storeGenerated"/> (an identity key the database assigns),
    /// its parameters named <c>@{prefix}0</c>, <c>@{prefix}1</c>, ... so that several statements can share one command.
    /// </summary>
    public SqlStatement Insert(T entity, string prefix, string? storeGenerated = null)
    {
        if (_shadow.Count > 0)
            throw new InvalidOperationException($"{typeof(T).Name} has columns with no property ({string.Join(", ", _shadow)}); plain SQL cannot insert it.");
        var sql = Statement($"insert:{storeGenerated}:{prefix}", _ =>
        {
            var columns = _columns.Where(c => c.Property != storeGenerated).ToList();
            return $"INSERT INTO {RowMap.Quote(Table)} ({string.Join(", ", columns.Select(c => RowMap.Quote(c.Name)))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@{prefix}{i}"))})";
        });
        return new SqlStatement(sql, (command, first) =>
        {
            var n = 0;
            foreach (var c in _columns)
                if (c.Property != storeGenerated) c.Bind(command, first + n, c.Get(entity), prefix + n++);
            return first + n;
        });
    }

    /// <summary>
    /// An UPDATE of the columns whose values differ from <paramref name="original"/>, guarded by the key and by the
    /// <paramref name="token"/> column's original value: it touches no row when another writer got there first.
    /// Writing only what changed matters beyond SQL: PostgreSQL would write a memo's whole body again for nothing.
    /// </summary>
    public SqlStatement? Update(T entity, object?[] original, string key, string token, string prefix)
    {
        ulong changed = 0;
        var current = Snapshot(entity);
        for (var i = 0; i < _columns.Length; i++)
            if (!Equals(current[i], original[i])) changed |= 1UL << i;
        if (changed == 0) return null;

        var (keyColumn, tokenColumn) = (Array.IndexOf(_columns, this[key]), Array.IndexOf(_columns, this[token]));
        return new SqlStatement(UpdateSql(changed, keyColumn, tokenColumn, prefix), (command, first) =>
        {
            var n = 0;
            for (var i = 0; i < _columns.Length; i++)
                if ((changed & (1UL << i)) != 0) _columns[i].Bind(command, first + n, current[i], prefix + n++);
            _columns[keyColumn].Bind(command, first + n++, current[keyColumn], prefix + "k");
            _columns[tokenColumn].Bind(command, first + n++, original[tokenColumn], prefix + "t");
            return first + n;
        });
    }

    // One statement text per set of changed columns: few sets occur (an endorsement, a reminder, an edit), and the
    // same text lets SQLite's and Npgsql's prepared statements be reused.
    private string UpdateSql(ulong changed, int key, int token, string prefix) => _updates.GetOrAdd((changed, prefix), _ =>
    {
        var sets = new List<string>();
        for (var i = 0; i < _columns.Length; i++)
            if ((changed & (1UL << i)) != 0) sets.Add($"{RowMap.Quote(_columns[i].Name)} = @{prefix}{sets.Count}");
        return $"UPDATE {RowMap.Quote(Table)} SET {string.Join(", ", sets)} WHERE {RowMap.Quote(_columns[key].Name)} = @{prefix}k AND {RowMap.Quote(_columns[token].Name)} = @{prefix}t";
    });

    /// <summary>
    /// One compiled delegate per map that reads every column into a new entity, typed all the way: the provider's own
    /// getter, EF Core's converter inlined, no boxing (reading column by column through object cost a third of a read).
    /// </summary>
    private static Func<DbDataReader, int, T> CompileReader(Column[] columns)
    {
        var reader = Expression.Parameter(typeof(DbDataReader), "reader");
        var offset = Expression.Parameter(typeof(int), "offset");
        var entity = Expression.Variable(typeof(T), "entity");
        var body = new List<Expression> { Expression.Assign(entity, Expression.New(typeof(T))) };
        for (var i = 0; i < columns.Length; i++)
        {
            var ordinal = Expression.Add(offset, Expression.Constant(i));
            var assign = Expression.Assign(Expression.Property(entity, columns[i].Info), columns[i].ReadExpression(reader, ordinal));
            body.Add(Expression.IfThen(Expression.Not(Expression.Call(reader, IsDBNull, ordinal)), assign));
        }
        body.Add(entity);
        return Expression.Lambda<Func<DbDataReader, int, T>>(Expression.Block([entity], body), reader, offset).Compile();
    }

    private static readonly System.Reflection.MethodInfo IsDBNull = typeof(DbDataReader).GetMethod(nameof(DbDataReader.IsDBNull), [typeof(int)])!;
}
