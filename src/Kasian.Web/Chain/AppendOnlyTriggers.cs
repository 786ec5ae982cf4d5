using Microsoft.EntityFrameworkCore.Migrations;

namespace Kasian.Web.Chain;

/// <summary>
/// PostgreSQL triggers that refuse UPDATE, DELETE and TRUNCATE on the record's tables (events, chain links, digests).
/// Hand-written SQL, kept here so that a regenerated migration only has to call it again. Someone with the rights to
/// drop a trigger can still rewrite the tables; the chain, and the digests exported from it, make that visible.
/// </summary>
public static class AppendOnlyTriggers
{
    private static readonly string[] Tables = ["MemoEvents", "RecordLinks", "RecordDigests"];

    public static void Create(MigrationBuilder migration)
    {
        migration.Sql("""
            CREATE OR REPLACE FUNCTION kasian_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'The record is append-only: % on "%" is refused.', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
            END
            $$;
            """);
        foreach (var table in Tables)
        {
            migration.Sql($"""CREATE TRIGGER "{table}_append_only" BEFORE UPDATE OR DELETE ON "{table}" FOR EACH ROW EXECUTE FUNCTION kasian_refuse_change();""");
            migration.Sql($"""CREATE TRIGGER "{table}_no_truncate" BEFORE TRUNCATE ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION kasian_refuse_change();""");
        }
    }

    public static void Drop(MigrationBuilder migration)
    {
        foreach (var table in Tables)
        {
            migration.Sql($"""DROP TRIGGER IF EXISTS "{table}_append_only" ON "{table}";""");
            migration.Sql($"""DROP TRIGGER IF EXISTS "{table}_no_truncate" ON "{table}";""");
        }
        migration.Sql("DROP FUNCTION IF EXISTS kasian_refuse_change();");
    }
}
