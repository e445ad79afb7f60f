using SoftrLite.Compiled;

namespace SoftrLite.Records;

/// <summary>The fields a query filters or sorts by (those its keys name; keys that name nothing are left to the query to refuse).</summary>
internal static class QueryFields
{
    public static IEnumerable<FieldModel> Of(TableModel table, RecordQuery query)
    {
        var keys = new List<string>();
        if (query.Filter is { } filter)
        {
            Collect(filter, keys);
        }

        keys.AddRange(query.Sort.Select(k => k.Field));
        foreach (var key in keys)
        {
            if ((table.FindById(key) ?? table.Fields.FirstOrDefault(f => f.Field.Name == key)) is { } field)
            {
                yield return field;
            }
        }
    }

    private static void Collect(FilterCondition condition, List<string> keys)
    {
        if (condition.LeftSide is { } key)
        {
            keys.Add(key);
        }

        foreach (var nested in condition.Conditions)
        {
            Collect(nested, keys);
        }
    }
}
