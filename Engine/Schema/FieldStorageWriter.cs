using Microsoft.Data.Sqlite;
using SoftrLite.Storage;
using SoftrLite.Storage.Rows;

namespace SoftrLite.Schema;

/// <summary>Adds and removes a field's metadata row together with its column, if its type stores one.</summary>
internal static class FieldStorageWriter
{
    public static void Insert(SqliteConnection c, SqliteTransaction t, FieldRow field, FieldType type)
    {
        field.Num = DatabaseStore.InsertField(c, t, field);
        if (type.Storage != FieldStorage.None)
        {
            DatabaseStore.AddColumn(c, t, field.TableNum, field.Num, type.Storage);
        }
    }

    public static void Delete(SqliteConnection c, SqliteTransaction t, FieldRow field, FieldType type) =>
        DatabaseStore.DeleteField(c, t, field, type.Storage != FieldStorage.None);
}
