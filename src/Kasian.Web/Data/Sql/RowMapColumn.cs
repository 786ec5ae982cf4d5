using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kasian.Web.Data.Sql;

public sealed partial class RowMap<T>
{
    /// <summary>One mapped column: its property on the class, its name in the table, and EF Core's type mapping for it.</summary>
    public sealed class Column
    {
        private readonly RelationalTypeMapping _mapping;
        private readonly bool _nullable;

        internal Column(string property, string name, RelationalTypeMapping mapping, bool nullable, System.Reflection.PropertyInfo info)
        {
            Property = property;
            Name = name;
            _mapping = mapping;
            _nullable = nullable;
            Info = info;
            Get = Getter(info);
        }

        public string Property { get; }

        public string Name { get; }

        internal Func<T, object?> Get { get; }

        internal System.Reflection.PropertyInfo Info { get; }

        /// <summary>
        /// Sets the command's parameter at <paramref name="index"/>, named <c>@<paramref name="name"/></c>, to the value as
        /// EF Core itself would send it: its converter, its database type. The first use creates the parameter; later
        /// uses of the same command keep the instance and change its value, because a command Npgsql has prepared keeps
        /// binding the parameter instances it was prepared with (npgsql#3850).
        /// </summary>
        public void Bind(DbCommand command, int index, object? value, string name)
        {
            if (index < command.Parameters.Count)
                command.Parameters[index].Value = (value is null ? null : _mapping.Converter?.ConvertToProvider(value) ?? value) ?? DBNull.Value;
            else
                // Named with the '@' the SQL uses: Microsoft.Data.Sqlite otherwise tries each of its prefixes in turn on every
                // bind, which took a quarter of an endorsement's CPU. Npgsql and SqlClient accept the prefixed name too.
                command.Parameters.Add(_mapping.CreateParameter(command, "@" + name, value, _nullable));
        }

        /// <summary>The column's value at <paramref name="ordinal"/> as the property's type: the provider's typed getter, then EF Core's converter.</summary>
        internal Expression ReadExpression(Expression reader, Expression ordinal)
        {
            var provider = _mapping.Converter?.ProviderClrType ?? _mapping.ClrType;
            provider = Nullable.GetUnderlyingType(provider) ?? provider;
            Expression value = Expression.Call(reader, GetFieldValue.MakeGenericMethod(provider), ordinal);
            if (_mapping.Converter is { } converter)
                value = Expression.Invoke(converter.ConvertFromProviderExpression, Expression.Convert(value, converter.ProviderClrType));
            return Expression.Convert(value, Info.PropertyType);
        }

        private static readonly System.Reflection.MethodInfo GetFieldValue = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetFieldValue))!;

        private static Func<T, object?> Getter(System.Reflection.PropertyInfo info)
        {
            var entity = Expression.Parameter(typeof(T));
            return Expression.Lambda<Func<T, object?>>(Expression.Convert(Expression.Property(entity, info), typeof(object)), entity).Compile();
        }
    }
}
