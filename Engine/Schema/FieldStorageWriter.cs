using SoftrLite.Storage;
using SoftrLite.Storage.Rows;

namespace SoftrLite.Schema;

/// <summary>Adds and removes a field's metadata row together with its column, if its type stores one.</summary>
internal static class FieldStorageWriter
{
    public static void Insert(WriteScope s, FieldRow field, FieldType type)
    {
        field.Num = DatabaseStore.InsertField(s, field);
        if (type.Storage != FieldStorage.None)
        {
            DatabaseStore.AddColumn(s, field.TableNum, field.Num, type.Storage);
        }
    }

    public static void Delete(WriteScope s, FieldRow field, FieldType type) =>
        DatabaseStore.DeleteField(s, field, type.Storage != FieldStorage.None);
}
