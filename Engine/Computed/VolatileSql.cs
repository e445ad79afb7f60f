using SoftrLite.Compiled;
using SoftrLite.Fields;
using SoftrLite.Query;
using SoftrLite.Storage;

namespace SoftrLite.Computed;

/// <summary>
/// The SQL that stands for a table's volatile formulas in one read's filter and sort, so that filtering or sorting by
/// one costs no write: each becomes <c>softr_eval(id, its inputs' columns…, t._id, t._created_at, t._updated_at)</c>,
/// which SQLite calls as it reads each row and which evaluates the formula at the read's clock, its value encoded as a
/// stored one. Registered in the store's <see cref="SqlEvaluators"/> for the read; dispose to remove them.
/// </summary>
internal sealed class VolatileSql : IDisposable
{
    private readonly SqlEvaluators _evaluators;
    private readonly List<long> _ids = [];

    private VolatileSql(SqlEvaluators evaluators, Dictionary<FieldId, string> expressions)
    {
        _evaluators = evaluators;
        Expressions = expressions;
    }

    /// <summary>The SQL of each volatile field, by field ID.</summary>
    public IReadOnlyDictionary<FieldId, string> Expressions { get; }

    /// <summary>
    /// Whether every volatile formula of the table can be evaluated in SQL: the store's statements can call into this
    /// process (SQLite; not PostgreSQL, see <see cref="SqlDialect.CallsIntoProcess"/>) and none reads a link field (its
    /// labels come from other rows).
    /// </summary>
    public static bool CanEvaluate(VolatileReads reads, TableModel table, SqlDialect dialect) =>
        dialect.CallsIntoProcess && reads.Local.All(field => field.LocalInputs.All(id => table.FindById(id.Value) is { Link: null }));

    /// <summary>Registers the table's volatile formulas for one read (see <see cref="CanEvaluate"/> first).</summary>
    public static VolatileSql Register(VolatileReads reads, RecordCodec codec, ComputeEnvironment environment, SqlEvaluators evaluators)
    {
        var table = codec.Table;
        var expressions = new Dictionary<FieldId, string>();
        var sql = new VolatileSql(evaluators, expressions);
        foreach (var field in reads.Local)
        {
            if (!field.IsValid)
            {
                expressions[field.Id] = "NULL";
                continue;
            }

            var inputs = field.LocalInputs.Select(id => table.FindById(id.Value)!).Distinct().ToArray();
            var arguments = inputs.Select(input => expressions.GetValueOrDefault(input.Id) ?? FilterTarget.ColumnOf(input));
            var id = evaluators.Add(values => Evaluate(field, inputs, codec, environment, values));
            sql._ids.Add(id);
            var alias = FilterTarget.TableAlias;
            expressions[field.Id] = $"softr_eval({id}, {string.Join(", ", arguments.Append($"{alias}._id").Append($"{alias}._created_at").Append($"{alias}._updated_at"))})";
        }

        return sql;
    }

    public void Dispose()
    {
        foreach (var id in _ids)
        {
            _evaluators.Remove(id);
        }
    }

    private static object? Evaluate(ComputedField field, FieldModel[] inputs, RecordCodec codec, ComputeEnvironment environment, object?[] arguments)
    {
        var table = codec.Table;
        var values = new FieldValues(table.Keys);
        for (var i = 0; i < inputs.Length; i++)
        {
            var stored = Stored(arguments[i]);
            if (!stored.IsEmpty)
            {
                values.Set(inputs[i].Index, inputs[i].Type.Decode(stored, codec.Context(inputs[i])));
            }
        }

        var n = inputs.Length;
        var record = new Record(
            new RecordId((string)arguments[n]!),
            table.Id,
            values,
            Timestamps.FromStored((long)arguments[n + 1]!),
            Timestamps.FromStored((long)arguments[n + 2]!));
        var result = ComputedCodec.Encode(field.Formula!.Evaluate(record.Fields, record, environment));
        return result.IsEmpty ? null : result.ToParameter();
    }

    private static StoredValue Stored(object? value) => value switch
    {
        string text => StoredValue.FromText(text),
        long integer => StoredValue.FromInteger(integer),
        double real => StoredValue.FromReal(real),
        _ => StoredValue.Empty,
    };
}
