using SoftrLite.Fields.Types;
using SoftrLite.Compiled;

namespace SoftrLite.Computed;

/// <summary>
/// Finds a reference cycle among a database's computed fields, across tables: a formula reads fields of its table,
/// a lookup or rollup reads its link and a field of the linked table.
/// </summary>
internal static class DependencyCycles
{
    /// <summary>The names along a cycle (e.g. "Total → Tax → Total"), or <see langword="null"/> when there is none.</summary>
    public static string? Find(DatabaseModel model)
    {
        var edges = new Dictionary<(TableId, FieldId), List<(TableId, FieldId)>>();
        var names = new Dictionary<(TableId, FieldId), string>();
        foreach (var table in model.Tables)
        {
            foreach (var field in table.Fields)
            {
                names[(table.Id, field.Id)] = field.Field.Name;
                edges[(table.Id, field.Id)] = Inputs(model, table, field).ToList();
            }
        }

        var state = new Dictionary<(TableId, FieldId), int>();
        var path = new Stack<(TableId, FieldId)>();
        foreach (var node in edges.Keys)
        {
            if (Visit(node) is { } cycle)
            {
                return cycle;
            }
        }

        return null;

        string? Visit((TableId, FieldId) node)
        {
            if (state.GetValueOrDefault(node) == 2)
            {
                return null;
            }

            if (state.GetValueOrDefault(node) == 1)
            {
                var loop = path.Reverse().SkipWhile(n => n != node).Append(node).Select(n => names.GetValueOrDefault(n, n.Item2.Value));
                return string.Join(" → ", loop);
            }

            state[node] = 1;
            path.Push(node);
            foreach (var next in edges.GetValueOrDefault(node) ?? [])
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.Pop();
            state[node] = 2;
            return null;
        }
    }

    private static IEnumerable<(TableId, FieldId)> Inputs(DatabaseModel model, TableModel table, FieldModel field)
    {
        switch (field.Options)
        {
            case FormulaOptions formula when field.Field.Type == FieldTypeNames.Formula:
                foreach (var id in formula.ReferencedFieldIds)
                {
                    yield return (table.Id, new FieldId(id));
                }

                break;
            case LinkedValueOptions options when field.Field.Type is FieldTypeNames.Lookup or FieldTypeNames.Rollup:
                if (options.LinkFieldId is { } link && table.FindById(link)?.Link is { } linkModel && options.TargetFieldId is { } target)
                {
                    yield return (linkModel.LinkedTableId, new FieldId(target));
                }

                break;
        }
    }
}
