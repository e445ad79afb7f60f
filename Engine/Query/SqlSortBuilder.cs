using System.Text;
using SoftrLite.Errors;
using SoftrLite.Fields.Types;

namespace SoftrLite.Query;

/// <summary>
/// Translates sort keys into an ORDER BY over the table alias <c>t</c>. Empty values are the smallest (first when
/// ascending, last when descending); text sorts case-folded, so texts equal but for case tie; SELECT sorts by the order of its choices; ties always fall
/// back to creation order.
/// </summary>
internal static class SqlSortBuilder
{
    /// <summary>The most sort keys one query may have.</summary>
    public const int MaxSortKeys = 100;

    public static string Build(Compiled.TableModel table, IReadOnlyList<SortKey> keys, SqlParameters parameters, IReadOnlyDictionary<FieldId, string>? expressions = null)
    {
        if (keys.Count > MaxSortKeys)
        {
            throw SoftrErrors.TooManySortKeys(keys.Count, MaxSortKeys);
        }

        var sql = new StringBuilder();
        foreach (var key in keys)
        {
            ArgumentNullException.ThrowIfNull(key);
            var target = FilterTarget.Resolve(table, key.Field, parameters.Dialect, expressions);
            var direction = parameters.Dialect.Direction(key.Direction == SortDirection.Descending);
            foreach (var expression in Expressions(target, parameters))
            {
                sql.Append(expression).Append(direction).Append(", ");
            }
        }

        return sql.Append(FilterTarget.TableAlias).Append("._rk ASC").ToString();
    }

    private static IEnumerable<string> Expressions(FilterTarget target, SqlParameters parameters) => target.Family switch
    {
        ValueFamily.Text => [parameters.Dialect.SortText($"{SqlFilterBuilder.Fold}({target.Column})")],
        ValueFamily.ValueList => [parameters.Dialect.SortText($"{SqlFilterBuilder.Fold}({target.Column})")],
        ValueFamily.Number or ValueFamily.Boolean or ValueFamily.Date or ValueFamily.DateTime or ValueFamily.Instant => [target.Column],
        ValueFamily.Select => [ChoiceOrder(target, target.Column, parameters)],
        ValueFamily.MultiSelect => [ChoiceOrder(target, parameters.Dialect.FirstArrayItem(target.Column), parameters)],
        _ => throw SoftrErrors.SortNotSupported(target.Name, target.Type),
    };

    // The position of the value's choice in the field's choice list; a value whose choice is gone sorts as empty.
    private static string ChoiceOrder(FilterTarget target, string value, SqlParameters parameters)
    {
        var choices = target.Field!.Options as SelectOptions ?? SelectOptions.From(target.Field.Field);
        return parameters.Dialect.PositionIn(parameters.Add(choices.ChoiceIdsJson), value);
    }
}
