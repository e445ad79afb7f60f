using SoftrLite.Compiled;
using SoftrLite.Fields;

namespace SoftrLite.Computed;

/// <summary>
/// One read's evaluation of a table's volatile formulas (<see cref="VolatileReads.Local"/>), record by record, at the
/// read's clock: each value goes through the same encoding and decoding as a stored one, so a read returns exactly
/// what a refresh would have stored.
/// </summary>
internal sealed class VolatileEvaluation(IReadOnlyList<ComputedField> fields, RecordCodec codec, ComputeEnvironment environment)
{
    /// <summary>Sets the record's volatile values (for <see cref="RecordCodec.Completing"/>).</summary>
    public void Complete(Record record, FieldValues values)
    {
        foreach (var field in fields)
        {
            var computed = field.IsValid ? field.Formula!.Evaluate(record.Fields, record, environment) : null;
            var stored = ComputedCodec.Encode(computed);
            var value = stored.IsEmpty ? null : field.Field.Type.Decode(stored, codec.Context(field.Field));
            values.Set(field.Field.Index, value);
        }
    }
}
