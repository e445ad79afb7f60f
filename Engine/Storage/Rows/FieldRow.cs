using System.Text.Json;

namespace SoftrLite.Storage.Rows;

/// <summary>A row of a database file's <c>_fields</c> table; <see cref="Num"/> names its column.</summary>
internal sealed class FieldRow
{
    public long Num { get; set; }

    public long TableNum { get; set; }

    public string Id { get; set; } = "";

    public long Position { get; set; }

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public string Type { get; set; } = "";

    public string Options { get; set; } = "{}";

    public long AllowMultiple { get; set; }

    public long ReadOnly { get; set; }

    public long Required { get; set; }

    public long Locked { get; set; }

    public string? DefaultValue { get; set; }

    public string? AiOptions { get; set; }

    /// <summary>For LINKED_RECORD fields: the number of the link table <c>l{n}</c> shared with the inverse field.</summary>
    public long? LinkJunction { get; set; }

    /// <summary>For LINKED_RECORD fields: 0 when this field's records are column <c>a</c> of the link table, 1 for <c>b</c>.</summary>
    public long? LinkSide { get; set; }

    /// <summary>Whether the field's column has an index (read from the SQLite schema, not stored in the row).</summary>
    public bool Indexed { get; set; }

    public long CreatedAt { get; set; }

    public long UpdatedAt { get; set; }

    /// <summary>A copy to edit, leaving this row as it is.</summary>
    public FieldRow Copy() => (FieldRow)MemberwiseClone();

    /// <summary>Whether both rows hold the same values.</summary>
    public bool SameAs(FieldRow other) =>
        Num == other.Num && TableNum == other.TableNum && Id == other.Id && Position == other.Position && Name == other.Name
        && Description == other.Description && Type == other.Type && Options == other.Options && AllowMultiple == other.AllowMultiple
        && ReadOnly == other.ReadOnly && Required == other.Required && Locked == other.Locked && DefaultValue == other.DefaultValue
        && AiOptions == other.AiOptions && LinkJunction == other.LinkJunction && LinkSide == other.LinkSide && Indexed == other.Indexed
        && CreatedAt == other.CreatedAt && UpdatedAt == other.UpdatedAt;

    public Field ToField(TableId tableId) => new(
        new FieldId(Id),
        tableId,
        Name,
        Description,
        Type,
        JsonElement.Parse(Options),
        AllowMultiple != 0,
        ReadOnly != 0,
        Required != 0,
        Locked != 0,
        DefaultValue,
        AiOptions is null ? null : JsonElement.Parse(AiOptions),
        Timestamps.FromStored(CreatedAt),
        Timestamps.FromStored(UpdatedAt))
    {
        Indexed = Indexed,
    };
}
