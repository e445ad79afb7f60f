using System.Text.Json;

namespace SoftrLite.Rest;

/// <summary>The JSON shapes of databases, tables, fields and views, in the cloud's property order.</summary>
internal static class SchemaJson
{
    public static void Write(Utf8JsonWriter w, Database database)
    {
        w.WriteStartObject();
        w.WriteString("id", database.Id.Value);
        w.WriteString("name", database.Name);
        w.WriteString("description", database.Description);
        w.WriteString("workspaceId", database.WorkspaceId.Value);
        w.WriteNumber("tablesCount", database.TablesCount);
        JsonOutput.Timestamp(w, "createdAt", database.CreatedAt);
        JsonOutput.Timestamp(w, "updatedAt", database.UpdatedAt);
        w.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter w, Table table)
    {
        w.WriteStartObject();
        w.WriteString("id", table.Id.Value);
        w.WriteString("name", table.Name);
        w.WriteString("description", table.Description);
        w.WriteString("primaryFieldId", table.PrimaryFieldId.Value);
        w.WriteString("defaultViewId", table.DefaultViewId.Value);
        w.WriteStartArray("fields");
        foreach (var field in table.Fields)
        {
            Write(w, field);
        }

        w.WriteEndArray();
        JsonOutput.Timestamp(w, "createdAt", table.CreatedAt);
        JsonOutput.Timestamp(w, "updatedAt", table.UpdatedAt);
        w.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter w, Field field)
    {
        w.WriteStartObject();
        w.WriteString("id", field.Id.Value);
        w.WriteString("name", field.Name);
        w.WriteString("description", field.Description);
        w.WriteString("type", field.Type);
        w.WritePropertyName("options");
        field.Options.WriteTo(w);
        w.WriteBoolean("allowMultipleEntries", field.AllowMultipleEntries);
        w.WriteBoolean("readonly", field.ReadOnly);
        w.WriteBoolean("required", field.Required);
        w.WriteBoolean("locked", field.Locked);
        w.WriteString("defaultValue", field.DefaultValue);
        w.WritePropertyName("aiOptions");
        if (field.AiOptions is { } ai)
        {
            ai.WriteTo(w);
        }
        else
        {
            w.WriteNullValue();
        }

        JsonOutput.Timestamp(w, "createdAt", field.CreatedAt);
        JsonOutput.Timestamp(w, "updatedAt", field.UpdatedAt);
        w.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter w, View view)
    {
        w.WriteStartObject();
        w.WriteString("id", view.Id.Value);
        w.WriteString("tableId", view.TableId.Value);
        w.WriteString("name", view.Name);
        w.WriteString("description", view.Description);
        JsonOutput.Timestamp(w, "createdAt", view.CreatedAt);
        JsonOutput.Timestamp(w, "updatedAt", view.UpdatedAt);
        w.WriteEndObject();
    }
}
