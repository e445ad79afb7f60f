using System.Text.Json;
using SoftrLite.Rest;

namespace SoftrLite.Server;

/// <summary>The JSON of a change notification, for <c>GET /_softrlite/changes</c>.</summary>
internal static class ChangeJson
{
    public static void Write(Utf8JsonWriter w, ChangeNotification change)
    {
        w.WriteStartObject();
        w.WriteNumber("sequence", change.Sequence);
        w.WriteString("kind", Kind(change.Kind));
        WriteOrNull(w, "databaseId", change.Database?.Value);
        WriteOrNull(w, "tableId", change.Table?.Value);
        w.WriteStartArray("recordIds");
        foreach (var id in change.Records)
        {
            w.WriteStringValue(id.Value);
        }

        w.WriteEndArray();
        w.WriteStartArray("fieldIds");
        foreach (var id in change.Fields)
        {
            w.WriteStringValue(id.Value);
        }

        w.WriteEndArray();
        if (change.ActingUser is { } user)
        {
            w.WriteStartObject("actingUser");
            w.WriteString("id", user.Id);
            w.WriteString("name", user.Name);
            WriteOrNull(w, "email", user.Email);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("actingUser");
        }

        JsonOutput.Timestamp(w, "at", change.At);
        w.WriteBoolean("external", change.External);
        w.WriteNumber("missed", change.Missed);
        w.WriteEndObject();
    }

    /// <summary>The wire name of a kind: <c>RECORDS_CREATED</c>, <c>SCHEMA_CHANGED</c>, …</summary>
    public static string Kind(ChangeKind kind) => kind switch
    {
        ChangeKind.RecordsCreated => "RECORDS_CREATED",
        ChangeKind.RecordsUpdated => "RECORDS_UPDATED",
        ChangeKind.RecordsDeleted => "RECORDS_DELETED",
        ChangeKind.SchemaChanged => "SCHEMA_CHANGED",
        ChangeKind.TableChanged => "TABLE_CHANGED",
        ChangeKind.Reset => "RESET",
        ChangeKind.Missed => "MISSED",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a change kind."),
    };

    private static void WriteOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
