using Dapper;
using System.Data.Common;

namespace SoftrLite.Storage;

/// <summary>The metadata tables of a new database file (<c>_tables</c>, <c>_fields</c>, <c>_views</c>, <c>_meta</c>).</summary>
internal static class DatabaseSchema
{
    // AUTOINCREMENT: a table or field number is never handed out twice, even after a delete, so a
    // dropped t12 or f34 can never be confused with a new one.
    public static void Create(DbConnection c, DbTransaction t, SqlDialect dialect) => c.Execute(
        dialect.Ddl("""
        CREATE TABLE _tables(
            num INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            description TEXT,
            primary_field_id TEXT NOT NULL,
            default_view_id TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            autonumber INTEGER NOT NULL DEFAULT 0) STRICT;
        CREATE TABLE _fields(
            num INTEGER PRIMARY KEY AUTOINCREMENT,
            table_num INTEGER NOT NULL,
            id TEXT NOT NULL,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            description TEXT,
            type TEXT NOT NULL,
            options TEXT NOT NULL,
            allow_multiple INTEGER NOT NULL,
            read_only INTEGER NOT NULL,
            required INTEGER NOT NULL,
            locked INTEGER NOT NULL,
            default_value TEXT,
            ai_options TEXT,
            link_junction INTEGER,
            link_side INTEGER,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            UNIQUE(table_num, id)) STRICT;
        CREATE TABLE _views(
            num INTEGER PRIMARY KEY AUTOINCREMENT,
            table_num INTEGER NOT NULL,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            description TEXT,
            filter TEXT,
            sorting TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL) STRICT;
        CREATE INDEX _views_by_table ON _views(table_num, num);
        CREATE TABLE _meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL) STRICT;
        INSERT INTO _meta(key, value) VALUES ('schema_rev', 0), ('data_rev', 0);
        """),
        transaction: t);
}
