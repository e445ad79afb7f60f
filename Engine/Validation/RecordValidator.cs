using System.Text.Json;
using SoftrLite.Errors;
using SoftrLite.Identity;
using SoftrLite.Records;
using SoftrLite.Compiled;

namespace SoftrLite;

/// <summary>
/// Validates and normalizes a whole record's <c>fields</c> against a table definition without an engine or a database,
/// by the rules a record create applies: keys by field ID or exact name, read-only fields refused, defaults filled,
/// required fields enforced. Returns the stored form of every field that has a value, or raises the same
/// <see cref="SoftrException"/> a write would. Not thread-safe (see <see cref="FieldValidator"/>).
/// </summary>
public sealed class RecordValidator
{
    private readonly TableModel _table;
    private readonly RecordCodec _codec;

    private RecordValidator(IReadOnlyList<Field> fields, ValidationOptions options)
    {
        _table = StandaloneFields.Table(fields, options);
        _codec = StandaloneFields.Codec(_table, options);
    }

    /// <summary>The table's fields, in order.</summary>
    public IReadOnlyList<Field> Fields => _table.Table.Fields;

    /// <summary>A validator for fields as an engine returns them (e.g. <see cref="Table.Fields"/>).</summary>
    public static RecordValidator For(IReadOnlyList<Field> fields, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return new RecordValidator(fields, options ?? ValidationOptions.Default);
    }

    /// <summary>A validator for field definitions, each checked as <see cref="FieldValidator.For(NewField, ValidationOptions?)"/> checks it.</summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.BadRequest"/> for an invalid definition.</exception>
    public static RecordValidator For(IEnumerable<NewField> definitions, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var settings = options ?? ValidationOptions.Default;
        var ids = new IdGenerator(settings.IdSeed);
        var fields = new List<Field>();
        foreach (var definition in definitions)
        {
            fields.Add(StandaloneFields.Define(definition, settings, ids, fields));
        }

        return new RecordValidator(fields, settings);
    }

    /// <summary>
    /// A validator from the API's table JSON: a table as the API returns it, a create-table body, or the <c>data</c>
    /// envelope around either; its <c>fields</c> are read as <see cref="FieldValidator.FromJson"/> reads one.
    /// </summary>
    /// <exception cref="SoftrException"><see cref="ErrorCode.BadRequest"/> for malformed JSON or an invalid definition.</exception>
    public static RecordValidator FromJson(string json, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var settings = options ?? ValidationOptions.Default;
        using var document = StandaloneFields.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var data))
        {
            root = data;
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("fields", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw SoftrErrors.PropertyMissing("fields");
        }

        var ids = new IdGenerator(settings.IdSeed);
        var fields = new List<Field>();
        foreach (var item in list.EnumerateArray())
        {
            fields.Add(StandaloneFields.FromJson(item, settings, ids, fields));
        }

        return new RecordValidator(fields, settings);
    }

    /// <summary>
    /// The stored form of each field a new record with these values would hold, keyed by field ID (empty fields left out).
    /// LINKED_RECORD values are checked for shape only: no database holds the linked records.
    /// </summary>
    /// <exception cref="SoftrException">
    /// <see cref="ErrorCode.UnknownField"/> for a key naming no field; <see cref="ErrorCode.BadRequest"/> for a name several
    /// fields share; <see cref="ErrorCode.ValidationError"/> (with <c>fieldId</c>) for a bad value, a read-only field or a
    /// missing required value.
    /// </exception>
    public IReadOnlyDictionary<FieldId, StoredValue> Validate(IReadOnlyDictionary<string, object?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var links = new Dictionary<FieldId, StoredValue>();
        var prepared = RecordRules.Prepare(_table, _codec, fields, creating: true, (field, input) =>
        {
            var stored = RecordRules.Normalize(field, input, _codec.Context(field));
            links[field.Id] = stored;
            // Placeholder targets, one per linked ID, so that a required link field counts as given.
            return stored.IsEmpty ? [] : [.. JsonSerializer.Deserialize<string[]>(stored.Text!)!.Select(_ => -1L)];
        });
        var result = new Dictionary<FieldId, StoredValue>();
        foreach (var field in _table.Fields)
        {
            var stored = field.StoredIndex >= 0 ? prepared.Columns[field.StoredIndex] : links.GetValueOrDefault(field.Id);
            if (!stored.IsEmpty)
            {
                result[field.Id] = stored;
            }
        }

        return result;
    }
}
