using System.Globalization;
using System.Text.Json;
using CsCheck;
using Op = SoftrLite.FilterOperator;

namespace SoftrLite.Tests.Query;

/// <summary>The kinds of column a random search table has.</summary>
internal enum ColumnKind
{
    Text,
    Number,
    Checkbox,
    Date,
    DateTime,
    Select,
    MultiSelect,
}

/// <summary>
/// Random search scenarios: a table of a few columns, records drawn from small pools (empties, duplicates, mixed case,
/// non-ASCII letters), and queries whose right sides come from the records' own values plus some others.
/// Columns are named C0, C1…; a right side "#choice:Label" stands for that choice's ID, bound once the table exists.
/// </summary>
internal static class SearchScenarios
{
    public const string ChoicePrefix = "#choice:";
    public static readonly string[] Labels = ["Red", "Green", "Blue", "Écru"];

    private static readonly DateTimeOffset Epoch = new(2025, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Words =
        ["ada", "Ada", "ADA", "école", "ÉCOLE", "Straße", "STRAẞE", "σοφια", "ΣΟΦΙΑ", "Москва", "London", "london bridge", "100%", "a_b", "O'Brien", "x", " x "];

    private static readonly string[] Tokens =
    [
        "PREDEFINED:TODAY", "PREDEFINED:YESTERDAY", "PREDEFINED:TOMORROW", "PREDEFINED:THIS_WEEK", "PREDEFINED:LAST_WEEK",
        "PREDEFINED:PAST_WEEK", "PREDEFINED:NEXT_WEEK", "PREDEFINED:THIS_MONTH", "PREDEFINED:LAST_MONTH", "PREDEFINED:PAST_MONTH",
        "PREDEFINED:NEXT_MONTH", "PREDEFINED:THIS_QUARTER", "PREDEFINED:LAST_QUARTER", "PREDEFINED:NEXT_QUARTER",
        "PREDEFINED:THIS_YEAR", "PREDEFINED:LAST_YEAR", "PREDEFINED:NEXT_YEAR", "PREDEFINED:7_DAYS_AGO", "PREDEFINED:30_DAYS_FROM_NOW",
        "PREDEFINED:2_DAYS_AGO", "RELATIVE_DATE:THIS:DAY", "RELATIVE_DATE:PAST:DAY", "RELATIVE_DATE:NEXT:DAY", "RELATIVE_DATE:THIS:WEEK",
        "RELATIVE_DATE:PAST:WEEK", "RELATIVE_DATE:NEXT:WEEK", "RELATIVE_DATE:THIS:MONTH", "RELATIVE_DATE:PAST:MONTH",
        "RELATIVE_DATE:LAST:MONTH", "RELATIVE_DATE:NEXT:MONTH", "RELATIVE_DATE:THIS:QUARTER", "RELATIVE_DATE:PAST:QUARTER",
        "RELATIVE_DATE:NEXT:QUARTER", "RELATIVE_DATE:THIS:YEAR", "RELATIVE_DATE:PAST:YEAR", "RELATIVE_DATE:NEXT:YEAR",
        "RELATIVE_DATE:PAST:7", "RELATIVE_DATE:NEXT:3",
    ];

    private static readonly Gen<object?> Nothing = Gen.Const(0).Select(_ => (object?)null);

    private static readonly Op[] TextOps =
        [Op.Is, Op.IsNot, Op.Contains, Op.DoesNotContain, Op.StartsWith, Op.DoesNotStartWith, Op.EndsWith, Op.DoesNotEndWith, Op.IsOneOf, Op.IsNotOneOf, Op.IsEmpty, Op.IsNotEmpty];

    private static readonly Op[] NumberOps =
        [Op.Is, Op.IsNot, Op.GreaterThan, Op.GreaterThanOrEquals, Op.LessThan, Op.LessThanOrEquals, Op.IsBetween, Op.IsNotBetween, Op.IsOneOf, Op.IsNotOneOf, Op.IsEmpty, Op.IsNotEmpty];

    private static readonly Op[] DateOps =
        [Op.Is, Op.IsNot, Op.GreaterThan, Op.GreaterThanOrEquals, Op.LessThan, Op.LessThanOrEquals, Op.IsBetween, Op.IsNotBetween, Op.IsWithin, Op.IsNotWithin, Op.IsEmpty, Op.IsNotEmpty];

    private static readonly Op[] SelectOps = [Op.Is, Op.IsNot, Op.IsOneOf, Op.IsNotOneOf, Op.HasAnyOf, Op.HasNoneOf, Op.IsEmpty, Op.IsNotEmpty];

    private static readonly Op[] ManyOps = [Op.HasAnyOf, Op.HasAllOf, Op.HasNoneOf, Op.IsEmpty, Op.IsNotEmpty];

    private static Gen<ScenarioRow> Row(ColumnKind[] kinds, DateTimeOffset now) =>
        from values in Sequence(kinds.Select(k => Value(k, now)))
        from advance in Gen.OneOf(Gen.Const(0), Gen.Int[1, 4 * 3600])
        from touched in Gen.Frequency((4, Gen.Const(false)), (1, Gen.Const(true)))
        select new ScenarioRow(values, advance, touched);

    private static Gen<object?[]> Sequence(IEnumerable<Gen<object?>> gens) =>
        gens.Aggregate(Gen.Const(Array.Empty<object?>()), (values, next) => Gen.Select(values, next, (vs, v) => (object?[])[.. vs, v]));

    private static Gen<object?> Value(ColumnKind kind, DateTimeOffset now) => kind switch
    {
        ColumnKind.Text => Gen.Frequency((1, Nothing), (1, Gen.OneOf<object?>(string.Empty)), (6, Word.Select(w => (object?)w))),
        ColumnKind.Number => Gen.Frequency((1, Nothing), (4, NumberValue.Select(n => (object?)n))),
        ColumnKind.Checkbox => Gen.OneOf<object?>(null, true, false),
        ColumnKind.Date => Gen.Frequency((1, Nothing), (4, DayNear(now).Select(d => (object?)DayText(d)))),
        ColumnKind.DateTime => Gen.Frequency((1, Nothing), (4, InstantNear(now).Select(i => (object?)InstantText(i)))),
        ColumnKind.Select => Gen.Frequency((1, Nothing), (4, LabelInAnyCase.Select(l => (object?)l))),
        _ => LabelInAnyCase.Array[0, 4].Select(l => (object?)l),
    };

    private static Gen<string> Word { get; } = Gen.Frequency(
        (3, Gen.OneOf(Words)),
        (2, Gen.String[Gen.Char["aAbBéÉßẞ_ "], 1, 4]));

    private static Gen<double> NumberValue { get; } = Gen.OneOf(
        Gen.Int[-3, 3].Select(i => (double)i),
        Gen.OneOf(0.5, -1.25, 2.75, 100.0, 1e6));

    private static Gen<string> LabelInAnyCase { get; } =
        Gen.Select(Gen.OneOf(Labels), Gen.Int[0, 2], (label, @case) => @case switch { 0 => label, 1 => label.ToUpperInvariant(), _ => label.ToLowerInvariant() });

    private static Gen<DateOnly> DayNear(DateTimeOffset now) =>
        Gen.Int[-120, 120].Select(days => DateOnly.FromDateTime(now.UtcDateTime).AddDays(days));

    private static Gen<DateTimeOffset> InstantNear(DateTimeOffset now) => Gen.OneOf(
        Gen.Select(Gen.Int[-120 * 24 * 60, 120 * 24 * 60], Gen.Int[0, 999], (minutes, ms) => now.AddMinutes(minutes).AddMilliseconds(ms)),
        Gen.Int[-120, 120].Select(days => new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(days)));

    private static Gen<ScenarioQuery> Query(ColumnKind[] kinds, ScenarioRow[] rows, DateTimeOffset now) =>
        from filter in Gen.Frequency((1, Gen.Const(0).Select(_ => (FilterCondition?)null)), (8, Tree(kinds, rows, now, 3).Select(c => (FilterCondition?)c)))
        from sort in SortKeys(kinds).Array[0, 3]
        from paging in Gen.Frequency((4, Gen.OneOf(new Paging(0, Paging.MaxLimit))), (1, Gen.Select(Gen.Int[0, 6], Gen.Int[0, 6], (o, l) => new Paging(o, l))))
        select new ScenarioQuery(filter, sort, paging);

    private static Gen<SortKey> SortKeys(ColumnKind[] kinds) =>
        Gen.Select(
            Gen.OneOf([.. Enumerable.Range(0, kinds.Length).Select(i => "C" + i.ToString(CultureInfo.InvariantCulture)), "created_at", "updated_at"]),
            Gen.Bool,
            (field, descending) => new SortKey(field, descending ? SortDirection.Descending : SortDirection.Ascending));

    private static Gen<FilterCondition> Tree(ColumnKind[] kinds, ScenarioRow[] rows, DateTimeOffset now, int depth)
    {
        var leaf = Gen.Int[-2, kinds.Length - 1].SelectMany(i => i switch
        {
            -2 => Leaf("updated_at", ColumnKind.DateTime, [], now),
            -1 => Leaf("created_at", ColumnKind.DateTime, [], now),
            _ => Leaf(Name(i), kinds[i], rows.Select(r => r.Values[i]).OfType<object>().ToArray(), now),
        });
        if (depth == 0)
        {
            return leaf;
        }

        var composite = Gen.Select(Gen.Bool, Tree(kinds, rows, now, depth - 1).Array[1, 3], (and, children) => and ? FilterCondition.And(children) : FilterCondition.Or(children));
        return Gen.Frequency((3, leaf), (1, composite));
    }

    private static string Name(int index) => "C" + index.ToString(CultureInfo.InvariantCulture);

    private static Gen<FilterCondition> Leaf(string field, ColumnKind kind, object[] own, DateTimeOffset now)
    {
        var (ops, one) = kind switch
        {
            ColumnKind.Text => (TextOps, Needle(own)),
            ColumnKind.Number => (NumberOps, NumberRight(own)),
            ColumnKind.Checkbox => ([Op.Is, Op.IsNot, Op.IsEmpty, Op.IsNotEmpty], Gen.Bool.Select(b => JsonSerializer.SerializeToElement(b))),
            ColumnKind.Date or ColumnKind.DateTime => (DateOps, DateRight(own, now)),
            ColumnKind.Select => (SelectOps, ChoiceRight),
            _ => (ManyOps, ChoiceRight),
        };
        var list = one.Array[0, 3].Select(items => JsonSerializer.SerializeToElement(items));
        return Gen.OneOf(ops).SelectMany(op => op switch
        {
            Op.IsEmpty or Op.IsNotEmpty => Gen.Const(FilterCondition.Test(field, op)),
            Op.IsBetween or Op.IsNotBetween or Op.IsWithin or Op.IsNotWithin =>
                Gen.Select(one, one, (low, high) => new FilterCondition(op) { LeftSide = field, LowerBound = low, UpperBound = high }),
            Op.IsOneOf or Op.IsNotOneOf or Op.HasAnyOf or Op.HasAllOf or Op.HasNoneOf =>
                Gen.Frequency((4, list), (1, one)).Select(right => new FilterCondition(op) { LeftSide = field, RightSide = right }),
            _ => one.Select(right => new FilterCondition(op) { LeftSide = field, RightSide = right }),
        });
    }

    private static Gen<JsonElement> Needle(object[] own)
    {
        var fromRecords = own.Length == 0
            ? Word
            : Gen.OneOf(own.Cast<string>().Where(s => s.Length > 0).DefaultIfEmpty("x").ToArray()).SelectMany(v => Gen.OneOf(
                Gen.Const(v),
                Gen.Const(v.ToUpperInvariant()),
                Gen.Const(v.ToLowerInvariant()),
                Gen.Int[0, v.Length].SelectMany(start => Gen.Int[0, v.Length - start].Select(length => v.Substring(start, length)))));
        return Gen.Frequency((4, fromRecords), (2, Word), (1, Gen.Const(string.Empty))).Select(s => JsonSerializer.SerializeToElement(s));
    }

    private static Gen<JsonElement> NumberRight(object[] own)
    {
        var number = own.Length == 0 ? NumberValue : Gen.Frequency((3, Gen.OneOf(own.Cast<double>().ToArray())), (1, NumberValue));
        return Gen.Select(number, Gen.Int[0, 3], (n, form) => form == 0
            ? JsonSerializer.SerializeToElement(n.ToString(CultureInfo.InvariantCulture))
            : JsonSerializer.SerializeToElement(n));
    }

    private static Gen<JsonElement> DateRight(object[] own, DateTimeOffset now)
    {
        var instants = own.Cast<string>().Select(s => s.Length == 10
            ? new DateTimeOffset(DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : DateTimeOffset.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var instant = instants.Length == 0 ? InstantNear(now) : Gen.Frequency((3, Gen.OneOf(instants)), (1, InstantNear(now)));
        var fromInstant = Gen.Select(instant, Gen.Int[0, 3], (i, form) => form switch
        {
            0 => JsonSerializer.SerializeToElement(DayText(DateOnly.FromDateTime(i.UtcDateTime))),
            1 => JsonSerializer.SerializeToElement(InstantText(i)),
            2 => JsonSerializer.SerializeToElement(i.ToOffset(TimeSpan.FromHours(2)).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture)),
            _ => JsonSerializer.SerializeToElement(i.ToUnixTimeMilliseconds()),
        });
        return Gen.Frequency((3, fromInstant), (2, Gen.OneOf(Tokens).Select(t => JsonSerializer.SerializeToElement(t))));
    }

    private static Gen<JsonElement> ChoiceRight { get; } = Gen.Frequency(
        (3, LabelInAnyCase),
        (2, Gen.OneOf(Labels).Select(l => ChoicePrefix + l)),
        (1, Gen.Const("Nope"))).Select(s => JsonSerializer.SerializeToElement(s));

    public static Gen<Scenario> Scenarios { get; } =
        from now in Gen.Int[0, 800 * 24 * 60].Select(minutes => Epoch.AddMinutes(minutes))
        from zone in Gen.Int[0, 2]
        from kinds in Gen.Enum<ColumnKind>().Array[1, 4]
        from rows in Gen.Frequency((1, Row([ColumnKind.Text, .. kinds], now).Array[0, 2]), (9, Row([ColumnKind.Text, .. kinds], now).Array[3, 20]))
        from indexed in Gen.Bool.Array[kinds.Length + 1]
        from queries in Query([ColumnKind.Text, .. kinds], rows, now).Array[10]
        select new Scenario(now, zone, [ColumnKind.Text, .. kinds], indexed, rows, queries);

    private static string DayText(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string InstantText(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}

/// <summary>One random table: the clock, the zone (an index), its columns (some indexed), its records and the queries to compare.</summary>
internal sealed record Scenario(DateTimeOffset Now, int Zone, ColumnKind[] Kinds, bool[] Indexed, ScenarioRow[] Rows, ScenarioQuery[] Queries);

/// <summary>
/// A record to create (values by column), how many seconds the clock moves before it is created, and whether it is
/// updated once every record exists (an hour later each), so that its updated_at differs from its created_at.
/// </summary>
internal sealed record ScenarioRow(object?[] Values, int AdvanceSeconds, bool Touched);

/// <summary>A search to run on the table.</summary>
internal sealed record ScenarioQuery(FilterCondition? Filter, SortKey[] Sort, Paging Paging);
