using SoftrLite.Compiled;
using SoftrLite.Fields;

namespace SoftrLite.Computed;

/// <summary>
/// The computed fields of a table that a record write computes itself, from the row it is writing, so that the row is
/// written once with its formulas current (one <c>UPDATE</c> or <c>INSERT</c>, as hand-written SQL would) instead of
/// written, read again and rewritten by the <see cref="Recomputer"/>. That holds when the table has no link fields and
/// every computed field of it is a formula that does not read the clock: then each reads only its own row.
/// </summary>
internal sealed class RowFormulas
{
    private readonly ComputedField[] _fields;

    private RowFormulas(ComputedField[] fields) => _fields = fields;

    /// <summary>The formulas, inputs first.</summary>
    public IReadOnlyList<ComputedField> Fields => _fields;

    /// <summary>The row formulas of a table whose computed fields are <paramref name="ordered"/>, or <see langword="null"/> when a write cannot compute them alone.</summary>
    public static RowFormulas? For(TableModel table, IReadOnlyList<ComputedField> ordered)
    {
        var computed = table.Fields.Count(f => f.Type.IsReadOnly && f.System == SystemColumn.None);
        if (table.Links.Count > 0 || ordered.Count == 0 || ordered.Count != computed)
        {
            return null;
        }

        foreach (var field in ordered)
        {
            if (field.Kind != ComputedKind.Formula || !field.Field.HasColumn || field.Formula is { IsVolatile: true })
            {
                return null;
            }
        }

        return new RowFormulas([.. ordered]);
    }

    /// <summary>
    /// Evaluates every formula on <paramref name="record"/> (the row as written, formulas as they were), inputs first, and
    /// puts the stored form of each into <paramref name="into"/>, in <see cref="Fields"/> order. Each value goes into the
    /// record's own slots (<paramref name="values"/>, made for this computation) before the next formula reads it. A
    /// formula that cannot be computed (an invalid reference) is empty.
    /// </summary>
    public void Compute(Record record, FieldValues values, ComputeEnvironment environment, StoredValue[] into)
    {
        var fields = record.Fields;
        for (var i = 0; i < _fields.Length; i++)
        {
            var field = _fields[i];
            var value = field.IsValid ? field.Formula!.Evaluate(fields, record, environment) : null;
            values.Set(field.Field.Index, value);
            into[i] = ComputedCodec.Encode(value);
        }
    }
}
