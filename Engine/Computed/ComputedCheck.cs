using SoftrLite.Compiled;
using SoftrLite.Storage;

namespace SoftrLite.Computed;

/// <summary>
/// Compares every stored computed value with a from-scratch recomputation, inside a transaction the caller rolls back.
/// Volatile formulas (NOW, TODAY, RAND, RANDBETWEEN) and what reads them are left out: their value moves by design.
/// </summary>
internal static class ComputedCheck
{
    private const int MaxReported = 20;

    public static List<string> Run(WriteScope s, DatabaseModel model, ComputedPlan plan, Action<TableModel, IReadOnlyList<FieldId>> recompute)
    {
        var checkedFields = new Dictionary<TableModel, List<ComputedField>>();
        var moving = Volatile(model, plan);
        foreach (var table in model.Tables)
        {
            var fields = plan.Ordered(table.Id).Where(f => f.Field.HasColumn && !moving.Contains(f.Id)).ToList();
            if (fields.Count > 0)
            {
                checkedFields[table] = fields;
            }
        }

        var before = checkedFields.ToDictionary(p => p.Key, p => HealthStore.ReadColumns(s, p.Key.Num, p.Value.Select(f => f.Field.Num).ToArray()));
        foreach (var table in model.Tables)
        {
            recompute(table, plan.Ordered(table.Id).Select(f => f.Id).ToArray());
        }

        var problems = new List<string>();
        foreach (var (table, fields) in checkedFields)
        {
            var after = HealthStore.ReadColumns(s, table.Num, fields.Select(f => f.Field.Num).ToArray());
            foreach (var (rowKey, stored) in before[table])
            {
                var fresh = after.GetValueOrDefault(rowKey) ?? new object?[fields.Count];
                for (var i = 0; i < fields.Count && problems.Count < MaxReported; i++)
                {
                    if (!Equals(stored[i], fresh[i]))
                    {
                        var record = HealthStore.RecordIdOf(s, table.Num, rowKey);
                        problems.Add($"Table '{table.Table.Name}', field '{fields[i].Field.Field.Name}' ({fields[i].Id}), record {record}: stored {Show(stored[i])}, recomputed {Show(fresh[i])}.");
                    }
                }
            }
        }

        return problems;
    }

    // Volatile formulas, and every computed field that reads one (in its table or through a link), transitively.
    private static HashSet<FieldId> Volatile(DatabaseModel model, ComputedPlan plan)
    {
        var all = model.Tables.SelectMany(t => plan.Ordered(t.Id)).ToList();
        var moving = all.Where(f => f.Formula?.IsVolatile == true).Select(f => f.Id).ToHashSet();
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var field in all.Where(f => !moving.Contains(f.Id)))
            {
                if (field.LocalInputs.Any(moving.Contains) || (field.Target is { } target && moving.Contains(target.Id)))
                {
                    grew |= moving.Add(field.Id);
                }
            }
        }

        return moving;
    }

    private static string Show(object? value) => value switch
    {
        null => "empty",
        string s when s.Length > 0 && s[0] == '\0' => s[1..],
        string s => "\"" + s + "\"",
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "empty",
    };
}
