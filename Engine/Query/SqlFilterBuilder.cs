using System.Globalization;
using System.Text.Json;
using SoftrLite.Errors;
using SoftrLite.Fields.Types;
using SoftrLite.Compiled;
using SoftrLite.Storage;
using static SoftrLite.FilterOperator;

namespace SoftrLite.Query;

/// <summary>
/// Translates a filter tree into one SQL boolean expression over the table alias <c>t</c>. Values are parameters.
/// Every positive condition is false for an empty value, and a negated operator is exactly NOT its positive twin,
/// so negations match empty values.
/// </summary>
internal sealed class SqlFilterBuilder(DatabaseModel model, TableModel table, DateValues dates, IReadOnlyList<Collaborator> collaborators, SqlParameters parameters, IReadOnlyDictionary<FieldId, string>? expressions = null)
{
    public const int MaxDepth = 32;

    /// <summary>The most conditions (composites included) one filter may hold.</summary>
    public const int MaxConditions = 1_000;
    public const string Fold = "softr_fold";
    private const string NoMatch = "\u0001no match";

    private int _conditions;

    private readonly SqlDialect _dialect = parameters.Dialect;

    public string Build(FilterCondition? condition) => condition is null ? "TRUE" : Build(condition, 0);

    private string Build(FilterCondition condition, int depth)
    {
        ArgumentNullException.ThrowIfNull(condition);
        if (depth > MaxDepth)
        {
            throw SoftrErrors.FilterTooDeep(MaxDepth);
        }

        // The root AND or OR does not count, so that 1,000 conditions in one AND/OR fit.
        if (depth > 0 && ++_conditions > MaxConditions)
        {
            throw SoftrErrors.FilterTooLarge(MaxConditions);
        }

        if (condition.Operator is And or Or)
        {
            if (condition.LeftSide is not null)
            {
                throw SoftrErrors.ConditionMalformed(condition.Operator.ToWireName(), "a composite condition takes 'conditions', not 'leftSide'");
            }

            // An empty list puts no condition, for OR as for AND (DESIGN §5, composite filters).
            var parts = (condition.Conditions ?? []).Select(c => Build(c, depth + 1)).ToArray();
            return parts.Length == 0
                ? "TRUE"
                : Balanced(parts, 0, parts.Length, condition.Operator == And ? " AND " : " OR ");
        }

        if (string.IsNullOrEmpty(condition.LeftSide))
        {
            throw SoftrErrors.ConditionMalformed(condition.Operator.ToWireName(), "'leftSide' is missing");
        }

        var target = FilterTarget.Resolve(table, condition.LeftSide, _dialect, expressions);
        target.Check(condition.Operator);
        var positive = condition.Operator.Positive();
        var sql = Positive(positive, target, condition);
        // A positive condition is NULL (false) for an empty value; it stays bare so SQLite can use an index for
        // it. Only a negation needs coalesce, so that NOT of "unknown" is true and empty values match it. The
        // grammar has no NOT over composites, so a bare NULL never reaches a NOT.
        return positive == condition.Operator ? $"({sql})" : $"NOT coalesce(({sql}), FALSE)";
    }

    // SQLite parses "a OR b OR c …" as a left-deep tree and refuses expressions deeper than 1,000; a balanced tree
    // of the same operator means the same and stays about log2(n) deep.
    private static string Balanced(string[] parts, int start, int end, string op)
    {
        if (end - start <= 4)
        {
            return "(" + string.Join(op, parts[start..end]) + ")";
        }

        var middle = start + ((end - start) / 2);
        return "(" + Balanced(parts, start, middle, op) + op + Balanced(parts, middle, end, op) + ")";
    }

    private string Positive(FilterOperator op, FilterTarget target, FilterCondition condition)
    {
        var column = target.Column;
        if (op == IsEmpty)
        {
            return target.Family switch
            {
                ValueFamily.Link => $"NOT {LinkExists(target, null)}",
                ValueFamily.Select => $"{column} IS NULL OR {column} NOT IN ({_dialect.TextValues(ChoiceIds(target))})",
                ValueFamily.MultiSelect => $"{column} IS NULL OR NOT EXISTS (SELECT 1 FROM ({_dialect.ArrayItems(column)}) AS i WHERE i.value IN ({_dialect.TextValues(ChoiceIds(target))}))",
                ValueFamily.User => $"{column} IS NULL OR {column} NOT IN ({_dialect.TextValues(CollaboratorIds())})",
                ValueFamily.MultiUser => $"{column} IS NULL OR NOT EXISTS (SELECT 1 FROM ({_dialect.ArrayItems(column)}) AS i WHERE i.value IN ({_dialect.TextValues(CollaboratorIds())}))",
                _ => $"{column} IS NULL",
            };
        }

        return target.Family switch
        {
            ValueFamily.Text => TextCondition(op, column, condition, target),
            ValueFamily.Number => NumberCondition(op, column, condition, target),
            ValueFamily.Boolean => $"{column} = {parameters.Add(ConditionValues.Boolean(condition, Right(condition), target.Name) ? 1L : 0L)}",
            ValueFamily.Date or ValueFamily.DateTime or ValueFamily.Instant => DateCondition(op, column, condition, target),
            ValueFamily.Select or ValueFamily.User => $"{column} IN ({_dialect.TextValues(Ids(target, condition))})",
            ValueFamily.MultiSelect or ValueFamily.MultiUser => ManyCondition(op, column, target, condition),
            ValueFamily.ValueList => ValueListCondition(op, column, target, condition),
            ValueFamily.Link => LinkCondition(op, target, condition),
            _ => throw SoftrErrors.OperatorNotSupported(op.ToWireName(), target.Name, target.Type),
        };
    }

    private string TextCondition(FilterOperator op, string column, FilterCondition condition, FilterTarget target)
    {
        if (op == IsOneOf)
        {
            var values = ConditionValues.List(Right(condition)).Select(v => ConditionValues.Text(condition, v, target.Name));
            return $"{Fold}({column}) IN (SELECT {Fold}(value) FROM ({_dialect.TextValues(parameters.Add(JsonSerializer.Serialize(values)))}) AS v)";
        }

        var text = ConditionValues.Text(condition, Right(condition), target.Name);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            // No stored text holds U+0000 (it is refused on write), so nothing equals, holds, starts or ends with it.
            return "FALSE";
        }

        var needle = $"{Fold}({parameters.Add(text)})";
        var folded = $"{Fold}({column})";
        if (text.Length == 0 && op != Is)
        {
            return $"{column} IS NOT NULL";
        }

        return op switch
        {
            Is => $"{folded} = {needle}",
            Contains => _dialect.Contains(folded, needle),
            StartsWith => _dialect.StartsWith(folded, needle),
            EndsWith => _dialect.EndsWith(folded, needle),
            _ => throw SoftrErrors.OperatorNotSupported(op.ToWireName(), target.Name, target.Type),
        };
    }

    private string NumberCondition(FilterOperator op, string column, FilterCondition condition, FilterTarget target)
    {
        if (op == IsBetween)
        {
            var low = ConditionValues.Number(condition, ConditionValues.Required(condition, condition.LowerBound, "lowerBound"), target.Name);
            var high = ConditionValues.Number(condition, ConditionValues.Required(condition, condition.UpperBound, "upperBound"), target.Name);
            return $"{column} >= {parameters.Add(low)} AND {column} <= {parameters.Add(high)}";
        }

        if (op == IsOneOf)
        {
            var values = ConditionValues.List(Right(condition)).Select(v => ConditionValues.Number(condition, v, target.Name));
            return $"{column} IN ({_dialect.RealValues(parameters.Add(JsonSerializer.Serialize(values)))})";
        }

        var value = parameters.Add(ConditionValues.Number(condition, Right(condition), target.Name));
        return op switch
        {
            Is => $"{column} = {value}",
            GreaterThan => $"{column} > {value}",
            GreaterThanOrEquals => $"{column} >= {value}",
            LessThan => $"{column} < {value}",
            LessThanOrEquals => $"{column} <= {value}",
            _ => throw SoftrErrors.OperatorNotSupported(op.ToWireName(), target.Name, target.Type),
        };
    }

    private string DateCondition(FilterOperator op, string column, FilterCondition condition, FilterTarget target)
    {
        if (op is IsBetween or IsWithin)
        {
            var (lower, upper) = condition.LowerBound is null && condition.UpperBound is null && op == IsWithin && condition.RightSide is { } single
                ? (single, single)
                : (ConditionValues.Required(condition, condition.LowerBound, "lowerBound"), ConditionValues.Required(condition, condition.UpperBound, "upperBound"));
            var from = dates.Resolve(lower, target.Name);
            var to = dates.Resolve(upper, target.Name);
            return $"{column} >= {Bound(target, from.Start, false)} AND {column} < {Bound(target, to.End, true)}";
        }

        var range = dates.Resolve(Right(condition), target.Name);
        var start = Bound(target, range.Start, false);
        var end = Bound(target, range.End, true);
        return op switch
        {
            Is => $"{column} >= {start} AND {column} < {end}",
            GreaterThan => $"{column} >= {end}",
            GreaterThanOrEquals => $"{column} >= {start}",
            LessThan => $"{column} < {start}",
            LessThanOrEquals => $"{column} < {end}",
            _ => throw SoftrErrors.OperatorNotSupported(op.ToWireName(), target.Name, target.Type),
        };
    }

    // A bound in the column's own encoding. DATE columns hold calendar days: an exclusive end that falls
    // inside a day (an instant's end) moves to the next midnight, so the day that holds the instant counts.
    private string Bound(FilterTarget target, DateTimeOffset instant, bool exclusiveEnd) => instant == DateTimeOffset.MaxValue
        ? AfterEverything(target)
        : target.Family switch
    {
        ValueFamily.Instant => parameters.Add(instant.ToUnixTimeMilliseconds()),
        ValueFamily.DateTime => parameters.Add(instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)),
        _ => CalendarBound(target, instant, exclusiveEnd),
    };

    private string CalendarBound(FilterTarget target, DateTimeOffset instant, bool exclusiveEnd)
    {
        var local = TimeZoneInfo.ConvertTime(exclusiveEnd ? instant.AddMilliseconds(-1) : instant, dates.Zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        if (exclusiveEnd && day == DateOnly.MaxValue)
        {
            return AfterEverything(target);
        }

        return parameters.Add((exclusiveEnd ? day.AddDays(1) : day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    // The end of a range that runs past the last representable instant: above every stored value.
    private string AfterEverything(FilterTarget target) => target.Family == ValueFamily.Instant ? parameters.Add(long.MaxValue) : parameters.Add("~");

    private string ManyCondition(FilterOperator op, string column, FilterTarget target, FilterCondition condition)
    {
        var ids = Ids(target, condition);
        return op switch
        {
            HasAnyOf => $"EXISTS (SELECT 1 FROM ({_dialect.ArrayItems(column)}) AS i WHERE i.value IN ({_dialect.TextValues(ids)}))",
            HasAllOf => $"{column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ({_dialect.TextValues(ids)}) AS w WHERE w.value NOT IN ({_dialect.ArrayItems(column)}))",
            _ => throw SoftrErrors.OperatorNotSupported(op.ToWireName(), target.Name, target.Type),
        };
    }

    // Computed arrays (lookups, array results) are compared as case-folded text: plain values as they are, objects by
    // the text they show (a select choice's or linked record's label, a person's or file's name), as formulas see them.
    private string ValueListCondition(FilterOperator op, string column, FilterTarget target, FilterCondition condition)
    {
        var values = ConditionValues.List(Right(condition)).Select(v => ConditionValues.Text(condition, v, target.Name).ToLowerInvariant());
        var list = parameters.Add(JsonSerializer.Serialize(values));
        var items = _dialect.ShownArrayItems(column);
        return op switch
        {
            HasAnyOf => $"EXISTS (SELECT 1 FROM ({items}) AS i WHERE i.v IN ({_dialect.TextValues(list)}))",
            HasAllOf => $"{column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ({_dialect.TextValues(list)}) AS w WHERE w.value NOT IN (SELECT i.v FROM ({items}) AS i))",
            _ => throw SoftrErrors.OperatorNotSupported(op.ToWireName(), target.Name, target.Type),
        };
    }

    private string LinkCondition(FilterOperator op, FilterTarget target, FilterCondition condition)
    {
        var values = ConditionValues.List(Right(condition)).Select(v => ConditionValues.Text(condition, v, target.Name)).ToArray();
        var ids = parameters.Add(JsonSerializer.Serialize(values));
        return op switch
        {
            HasAnyOf => LinkExists(target, $"d._id IN ({_dialect.TextValues(ids)})"),
            HasAllOf => $"{LinkExists(target, null)} AND NOT EXISTS (SELECT 1 FROM ({_dialect.TextValues(ids)}) AS w WHERE NOT {LinkExists(target, "d._id = w.value")})",
            _ => throw SoftrErrors.OperatorNotSupported(op.ToWireName(), target.Name, target.Type),
        };
    }

    private string LinkExists(FilterTarget target, string? where)
    {
        var link = target.Field!.Link!;
        var linked = model.Table(link.LinkedTableId);
        var extra = where is null ? string.Empty : " AND " + where;
        return $"EXISTS (SELECT 1 FROM {SqlNames.Junction(link.Junction)} j JOIN {SqlNames.DataTable(linked.Num)} d ON d._rk = j.{link.OtherColumn} WHERE j.{link.SelfColumn} = {FilterTarget.TableAlias}._rk{extra})";
    }

    // Choice or collaborator IDs named by the condition (by ID, label or e-mail). A name that matches nothing
    // becomes an ID that matches nothing, so HAS_ALL_OF with it is false.
    private string Ids(FilterTarget target, FilterCondition condition)
    {
        var names = ConditionValues.List(Right(condition)).Select(v => ConditionValues.Text(condition, v, target.Name));
        var ids = target.Family is ValueFamily.Select or ValueFamily.MultiSelect
            ? names.Select(n => ChoiceId(target.Field!, n) ?? NoMatch)
            : names.Select(n => collaborators.FirstOrDefault(c => c.Id == n || string.Equals(c.Email, n, StringComparison.OrdinalIgnoreCase))?.Id ?? NoMatch);
        return parameters.Add(JsonSerializer.Serialize(ids.ToArray()));
    }

    // A value whose choice was removed reads as empty, so it must filter as empty too.
    private string ChoiceIds(FilterTarget target) => parameters.Add(Choices(target.Field!).ChoiceIdsJson);

    // A USER value whose collaborator left the workspace reads as empty, so it filters as empty too.
    private string CollaboratorIds() => parameters.Add(JsonSerializer.Serialize(collaborators.Select(c => c.Id)));

    private static string? ChoiceId(FieldModel field, string name) => Choices(field).IdOf(name);

    // A SELECT field's options, as its type parsed them; a registered type of the SELECT family without them has no choices.
    private static SelectOptions Choices(FieldModel field) => field.Options as SelectOptions ?? SelectOptions.From(field.Field);

    private static JsonElement Right(FilterCondition condition) => ConditionValues.Required(condition, condition.RightSide, "rightSide");
}
