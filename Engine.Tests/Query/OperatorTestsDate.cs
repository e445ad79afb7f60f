using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;
using Op = SoftrLite.FilterOperator;

namespace SoftrLite.Tests.Query;

/// <summary>
/// Date operators on DATE and DATETIME fields: every date value is a range (a day, a week, an instant…) resolved against
/// the engine's clock (Wednesday 18 March 2026, 10:30 UTC) and zone.
/// </summary>
public sealed class OperatorTestsDate
{
    private const long TodayNoonMs = 1773835200000;   // 2026-03-18T12:00:00Z
    private const long NowMs = 1773829800000;         // 2026-03-18T10:30:00Z

    [TestCase(Op.Is, "2026-03-18", "d3")]
    [TestCase(Op.Is, "2026-03-18T23:59:59Z", "d3")]
    [TestCase(Op.Is, "2026-03-19T01:00:00+02:00", "d3")]
    [TestCase(Op.IsNot, "2026-03-18", "d1 d2 d4 d5 d6 d7 d8 d9")]
    [TestCase(Op.GreaterThan, "2026-03-18", "d4 d8")]
    [TestCase(Op.GreaterThan, "2026-03-18T10:30:00Z", "d4 d8")]
    [TestCase(Op.GreaterThanOrEquals, "2026-03-18", "d3 d4 d8")]
    [TestCase(Op.GreaterThanOrEquals, "2026-03-18T10:30:00Z", "d3 d4 d8")]
    [TestCase(Op.LessThan, "2026-03-16", "d5 d6 d7")]
    [TestCase(Op.LessThanOrEquals, "2026-03-16", "d1 d5 d6 d7")]
    [TestCase(Op.LessThan, "2026-03-16T00:00:00Z", "d5 d6 d7")]
    [TestCase(Op.LessThanOrEquals, "2026-03-16T00:00:00Z", "d1 d5 d6 d7")]
    public void Search_compares_a_date_field_with_iso_dates_and_date_times(Op op, string value, string expected)
    {
        using var f = TestEngine.OnClock();
        var table = Days(f);

        Assert.That(f.Names(table, FilterCondition.Compare("Day", op, value)), Is.EqualTo(expected.Split(' ')));
    }

    [TestCase(Op.Is, TodayNoonMs, "d3")]
    [TestCase(Op.GreaterThan, TodayNoonMs, "d4 d8")]
    [TestCase(Op.LessThanOrEquals, TodayNoonMs, "d1 d2 d3 d5 d6 d7")]
    public void Search_reads_epoch_milliseconds_as_an_instant_on_a_date_field(Op op, long value, string expected)
    {
        using var f = TestEngine.OnClock();
        var table = Days(f);

        Assert.That(f.Names(table, FilterCondition.Compare("Day", op, value)), Is.EqualTo(expected.Split(' ')));
    }

    [TestCase("PREDEFINED:TODAY", "d3")]
    [TestCase("PREDEFINED:YESTERDAY", "d2")]
    [TestCase("PREDEFINED:TOMORROW", "d4")]
    [TestCase("PREDEFINED:THIS_WEEK", "d1 d2 d3 d4")]
    [TestCase("PREDEFINED:LAST_WEEK", "d5")]
    [TestCase("PREDEFINED:PAST_WEEK", "d5")]
    [TestCase("PREDEFINED:NEXT_WEEK", "")]
    [TestCase("PREDEFINED:THIS_MONTH", "d1 d2 d3 d4 d5")]
    [TestCase("PREDEFINED:LAST_MONTH", "d6")]
    [TestCase("PREDEFINED:PAST_MONTH", "d6")]
    [TestCase("PREDEFINED:NEXT_MONTH", "d8")]
    [TestCase("PREDEFINED:THIS_QUARTER", "d1 d2 d3 d4 d5 d6")]
    [TestCase("PREDEFINED:LAST_QUARTER", "d7")]
    [TestCase("PREDEFINED:NEXT_QUARTER", "d8")]
    [TestCase("PREDEFINED:THIS_YEAR", "d1 d2 d3 d4 d5 d6 d8")]
    [TestCase("PREDEFINED:LAST_YEAR", "d7")]
    [TestCase("PREDEFINED:NEXT_YEAR", "")]
    [TestCase("PREDEFINED:7_DAYS_AGO", "d5")]
    [TestCase("PREDEFINED:1_DAYS_AGO", "d2")]
    [TestCase("PREDEFINED:30_DAYS_FROM_NOW", "")]
    [TestCase("PREDEFINED:14_DAYS_FROM_NOW", "d8")]
    [TestCase("RELATIVE_DATE:THIS:DAY", "d3")]
    [TestCase("RELATIVE_DATE:PAST:DAY", "d2")]
    [TestCase("RELATIVE_DATE:NEXT:DAY", "d4")]
    [TestCase("RELATIVE_DATE:THIS:WEEK", "d1 d2 d3 d4")]
    [TestCase("RELATIVE_DATE:PAST:WEEK", "d5")]
    [TestCase("RELATIVE_DATE:LAST:WEEK", "d5")]
    [TestCase("RELATIVE_DATE:THIS:MONTH", "d1 d2 d3 d4 d5")]
    [TestCase("RELATIVE_DATE:PAST:MONTH", "d6")]
    [TestCase("RELATIVE_DATE:NEXT:MONTH", "d8")]
    [TestCase("RELATIVE_DATE:THIS:QUARTER", "d1 d2 d3 d4 d5 d6")]
    [TestCase("RELATIVE_DATE:PAST:QUARTER", "d7")]
    [TestCase("RELATIVE_DATE:NEXT:QUARTER", "d8")]
    [TestCase("RELATIVE_DATE:THIS:YEAR", "d1 d2 d3 d4 d5 d6 d8")]
    [TestCase("RELATIVE_DATE:PAST:YEAR", "d7")]
    [TestCase("RELATIVE_DATE:PAST:7", "d5")]
    [TestCase("RELATIVE_DATE:NEXT:14", "d8")]
    public void Search_resolves_relative_date_tokens_against_the_engine_clock(string token, string expected)
    {
        using var f = TestEngine.OnClock();
        var table = Days(f);

        Assert.That(f.Names(table, FilterCondition.Compare("Day", Op.Is, token)), Is.EqualTo(Expected(expected)));
    }

    [Test]
    public void Search_matches_the_complement_of_a_token_when_operator_is_is_not()
    {
        using var f = TestEngine.OnClock();
        var table = Days(f);

        Assert.That(f.Names(table, FilterCondition.Compare("Day", Op.IsNot, "PREDEFINED:THIS_WEEK")), Is.EqualTo(new[] { "d5", "d6", "d7", "d8", "d9" }));
    }

    [Test]
    public void Search_compares_with_the_ends_of_a_token_range()
    {
        using var f = TestEngine.OnClock();
        var table = Days(f);

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Compare("Day", Op.GreaterThan, "PREDEFINED:THIS_WEEK")), Is.EqualTo(new[] { "d8" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Day", Op.GreaterThanOrEquals, "PREDEFINED:THIS_WEEK")), Is.EqualTo(new[] { "d1", "d2", "d3", "d4", "d8" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Day", Op.LessThan, "RELATIVE_DATE:THIS:MONTH")), Is.EqualTo(new[] { "d6", "d7" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Day", Op.LessThanOrEquals, "PREDEFINED:LAST_WEEK")), Is.EqualTo(new[] { "d5", "d6", "d7" }));
        });
    }

    [Test]
    public void Search_includes_both_bound_days_when_operator_is_is_between()
    {
        using var f = TestEngine.OnClock();
        var table = Days(f);

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Range("Day", Op.IsBetween, "2026-03-11", "2026-03-17")), Is.EqualTo(new[] { "d1", "d2", "d5" }));
            Assert.That(f.Names(table, FilterCondition.Range("Day", Op.IsNotBetween, "2026-03-11", "2026-03-17")), Is.EqualTo(new[] { "d3", "d4", "d6", "d7", "d8", "d9" }));
            Assert.That(f.Names(table, FilterCondition.Range("Day", Op.IsBetween, "2026-03-18", "2026-03-18")), Is.EqualTo(new[] { "d3" }));
        });
    }

    [Test]
    public void Search_runs_from_the_lower_token_start_to_the_upper_token_end_when_operator_is_is_within()
    {
        using var f = TestEngine.OnClock();
        var table = Days(f);
        var thisMonthToToday = FilterCondition.Range("Day", Op.IsWithin, "RELATIVE_DATE:THIS:MONTH", "PREDEFINED:TODAY");

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, thisMonthToToday), Is.EqualTo(new[] { "d1", "d2", "d3", "d5" }));
            Assert.That(f.Names(table, thisMonthToToday with { Operator = Op.IsNotWithin }), Is.EqualTo(new[] { "d4", "d6", "d7", "d8", "d9" }));
            Assert.That(f.Names(table, FilterCondition.Range("Day", Op.IsWithin, "PREDEFINED:LAST_QUARTER", "PREDEFINED:LAST_MONTH")), Is.EqualTo(new[] { "d6", "d7" }));
        });
    }

    [Test]
    public void Search_matches_only_empty_dates_when_operator_is_is_empty()
    {
        using var f = TestEngine.OnClock();
        var table = Days(f);

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Test("Day", Op.IsEmpty)), Is.EqualTo(new[] { "d9" }));
            Assert.That(f.Names(table, FilterCondition.Test("Day", Op.IsNotEmpty)), Has.Length.EqualTo(8));
        });
    }

    [TestCase(Op.Is, "2026-03-18", "t1 t2 t3")]
    [TestCase(Op.IsNot, "2026-03-18", "t4 t5 t6")]
    [TestCase(Op.GreaterThan, "2026-03-18", "t4")]
    [TestCase(Op.GreaterThanOrEquals, "2026-03-18", "t1 t2 t3 t4")]
    [TestCase(Op.LessThan, "2026-03-18", "t5")]
    [TestCase(Op.LessThanOrEquals, "2026-03-18", "t1 t2 t3 t5")]
    [TestCase(Op.Is, "2026-03-18T10:30:00Z", "t2")]
    [TestCase(Op.Is, "2026-03-18T10:30:00.000+00:00", "t2")]
    [TestCase(Op.Is, "2026-03-18T11:30:00+01:00", "t2")]
    [TestCase(Op.GreaterThan, "2026-03-18T10:30:00Z", "t3 t4")]
    [TestCase(Op.GreaterThanOrEquals, "2026-03-18T10:30:00Z", "t2 t3 t4")]
    [TestCase(Op.LessThan, "2026-03-18T10:30:00Z", "t1 t5")]
    [TestCase(Op.LessThanOrEquals, "2026-03-18T10:30:00Z", "t1 t2 t5")]
    [TestCase(Op.Is, "PREDEFINED:TODAY", "t1 t2 t3")]
    [TestCase(Op.Is, "PREDEFINED:YESTERDAY", "t5")]
    [TestCase(Op.GreaterThan, "PREDEFINED:TODAY", "t4")]
    [TestCase(Op.Is, "RELATIVE_DATE:THIS:WEEK", "t1 t2 t3 t4 t5")]
    public void Search_compares_a_date_time_field_with_days_and_instants(Op op, string value, string expected)
    {
        using var f = TestEngine.OnClock();
        var table = Instants(f);

        Assert.That(f.Names(table, FilterCondition.Compare("At", op, value)), Is.EqualTo(expected.Split(' ')));
    }

    [Test]
    public void Search_reads_epoch_milliseconds_as_an_instant_on_a_date_time_field()
    {
        using var f = TestEngine.OnClock();
        var table = Instants(f);

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Compare("At", Op.Is, NowMs)), Is.EqualTo(new[] { "t2" }));
            Assert.That(f.Names(table, FilterCondition.Compare("At", Op.GreaterThan, NowMs)), Is.EqualTo(new[] { "t3", "t4" }));
            Assert.That(f.Names(table, FilterCondition.Range("At", Op.IsBetween, NowMs, TodayNoonMs)), Is.EqualTo(new[] { "t2" }));
        });
    }

    [Test]
    public void Search_includes_instant_bounds_when_operator_is_is_between_on_a_date_time_field()
    {
        using var f = TestEngine.OnClock();
        var table = Instants(f);

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Range("At", Op.IsBetween, "2026-03-18T00:00:00Z", "2026-03-18T10:30:00Z")), Is.EqualTo(new[] { "t1", "t2" }));
            Assert.That(f.Names(table, FilterCondition.Range("At", Op.IsBetween, "2026-03-17", "2026-03-18")), Is.EqualTo(new[] { "t1", "t2", "t3", "t5" }));
            Assert.That(f.Names(table, FilterCondition.Range("At", Op.IsNotBetween, "2026-03-17", "2026-03-18")), Is.EqualTo(new[] { "t4", "t6" }));
            Assert.That(f.Names(table, FilterCondition.Range("At", Op.IsWithin, "PREDEFINED:YESTERDAY", "PREDEFINED:TODAY")), Is.EqualTo(new[] { "t1", "t2", "t3", "t5" }));
        });
    }

    [Test]
    public void Search_reads_an_iso_date_as_a_whole_day_in_the_engine_time_zone()
    {
        var plusTwo = TimeZoneInfo.CreateCustomTimeZone("Plus two", TimeSpan.FromHours(2), "Plus two", "Plus two");
        using var f = TestEngine.OnClock(plusTwo);
        var table = Instants(f);

        // 18 March in UTC+2 is 17 March 22:00 UTC to 18 March 22:00 UTC.
        Assert.That(f.Names(table, FilterCondition.Compare("At", Op.Is, "2026-03-18")), Is.EqualTo(new[] { "t1", "t2", "t5" }));
    }

    [Test]
    public void Search_resolves_today_in_the_engine_time_zone()
    {
        var farEast = TimeZoneInfo.CreateCustomTimeZone("Plus fourteen", TimeSpan.FromHours(14), "Plus fourteen", "Plus fourteen");
        using var f = TestEngine.OnClock(farEast);
        var table = Days(f);

        // At 10:30 UTC it is already 00:30 on 19 March in UTC+14.
        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Compare("Day", Op.Is, "PREDEFINED:TODAY")), Is.EqualTo(new[] { "d4" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Day", Op.Is, "RELATIVE_DATE:PAST:DAY")), Is.EqualTo(new[] { "d3" }));
        });
    }

    [Test]
    public void Search_filters_and_sorts_by_the_system_keys_created_at_and_updated_at()
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable("T", Field("Note", FieldTypeNames.SingleLineText));
        var first = f.Add(table, "c1");
        f.Clock.Advance(TimeSpan.FromHours(1));
        f.Add(table, "c2");
        f.Clock.Advance(TimeSpan.FromHours(1));
        f.Add(table, "c3");
        f.Clock.Advance(TimeSpan.FromHours(1));
        f.Update(table, first, ("Note", "edited"));
        var halfPastNow = Now.AddMinutes(30).ToUnixTimeMilliseconds();

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Compare("created_at", Op.GreaterThan, halfPastNow)), Is.EqualTo(new[] { "c2", "c3" }));
            Assert.That(f.Names(table, FilterCondition.Compare("created_at", Op.Is, "2026-03-18")), Is.EqualTo(new[] { "c1", "c2", "c3" }));
            Assert.That(f.Names(table, FilterCondition.Compare("created_at", Op.LessThanOrEquals, "2026-03-18T11:30:00Z")), Is.EqualTo(new[] { "c1", "c2" }));
            Assert.That(f.Names(table, FilterCondition.Compare("updated_at", Op.GreaterThan, "2026-03-18T12:30:00Z")), Is.EqualTo(new[] { "c1" }));
            Assert.That(f.Names(table, FilterCondition.Range("updated_at", Op.IsWithin, "PREDEFINED:TODAY", "PREDEFINED:TODAY")), Is.EqualTo(new[] { "c1", "c2", "c3" }));
            Assert.That(f.Names(table, FilterCondition.Test("created_at", Op.IsEmpty)), Is.Empty);
            Assert.That(f.Names(table, null, new SortKey("created_at", SortDirection.Descending)), Is.EqualTo(new[] { "c3", "c2", "c1" }));
            Assert.That(f.Names(table, null, new SortKey("updated_at")), Is.EqualTo(new[] { "c2", "c3", "c1" }));
        });
    }

    [Test]
    public void Search_applies_date_operators_to_created_at_and_updated_at_fields()
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable("T", Field("Created", FieldTypeNames.CreatedAt), Field("Updated", FieldTypeNames.UpdatedAt));
        f.Add(table, "today");
        f.Clock.Advance(TimeSpan.FromDays(1));
        f.Add(table, "tomorrow");

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Compare("Created", Op.Is, "PREDEFINED:YESTERDAY")), Is.EqualTo(new[] { "today" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Created", Op.Is, "PREDEFINED:TODAY")), Is.EqualTo(new[] { "tomorrow" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Updated", Op.GreaterThan, "2026-03-18")), Is.EqualTo(new[] { "tomorrow" }));
            Assert.That(f.Names(table, null, new SortKey("Created", SortDirection.Descending)), Is.EqualTo(new[] { "tomorrow", "today" }));
        });
    }

    [Test]
    public void Search_matches_the_first_and_last_representable_days()
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable("T", Field("Day", FieldTypeNames.Date), Field("At", FieldTypeNames.DateTime));
        f.Add(table, "first", ("Day", "0001-01-01"), ("At", "0001-01-01T00:00:00.000Z"));
        f.Add(table, "last", ("Day", "9999-12-31"), ("At", "9999-12-31T23:59:59.999Z"));

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Compare("Day", Op.Is, "0001-01-01")), Is.EqualTo(new[] { "first" }));
            Assert.That(f.Names(table, FilterCondition.Compare("At", Op.LessThan, "0001-01-02")), Is.EqualTo(new[] { "first" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Day", Op.Is, "9999-12-31")), Is.EqualTo(new[] { "last" }));
            Assert.That(f.Names(table, FilterCondition.Compare("At", Op.Is, "9999-12-31")), Is.EqualTo(new[] { "last" }));
            Assert.That(f.Names(table, FilterCondition.Compare("At", Op.GreaterThanOrEquals, "9999-12-31T23:59:59.999Z")), Is.EqualTo(new[] { "last" }));
            Assert.That(f.Names(table, FilterCondition.Range("Day", Op.IsBetween, "2026-01-01", "9999-12-31")), Is.EqualTo(new[] { "last" }));
        });
    }

    private static string[] Expected(string names) => names.Length == 0 ? [] : names.Split(' ');

    private static Table Days(TestEngine f)
    {
        var table = f.NamedTable("Days", Field("Day", FieldTypeNames.Date));
        f.Add(table, "d1", ("Day", "2026-03-16"));   // Monday of this week
        f.Add(table, "d2", ("Day", "2026-03-17"));   // yesterday
        f.Add(table, "d3", ("Day", "2026-03-18"));   // today
        f.Add(table, "d4", ("Day", "2026-03-19"));   // tomorrow
        f.Add(table, "d5", ("Day", "2026-03-11"));   // seven days ago, last week
        f.Add(table, "d6", ("Day", "2026-02-10"));   // last month
        f.Add(table, "d7", ("Day", "2025-12-31"));   // last quarter, last year
        f.Add(table, "d8", ("Day", "2026-04-01"));   // next month, next quarter
        f.Add(table, "d9");
        return table;
    }

    private static Table Instants(TestEngine f)
    {
        var table = f.NamedTable("Instants", Field("At", FieldTypeNames.DateTime));
        f.Add(table, "t1", ("At", "2026-03-18T00:00:00.000Z"));
        f.Add(table, "t2", ("At", "2026-03-18T10:30:00.000Z"));
        f.Add(table, "t3", ("At", "2026-03-18T23:59:59.999Z"));
        f.Add(table, "t4", ("At", "2026-03-19T00:00:00.000Z"));
        f.Add(table, "t5", ("At", "2026-03-17T23:59:59.999Z"));
        f.Add(table, "t6");
        return table;
    }
}
