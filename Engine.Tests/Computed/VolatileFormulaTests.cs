using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Computed;

public sealed class VolatileFormulaTests
{
    [Test]
    public void Formulas_calling_today_follow_the_clock_on_read_filter_and_sort()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 10, 12, 0, 0, TimeSpan.Zero));
        using var f = new TestEngine(new SoftrEngineOptions { TimeProvider = clock, IdSeed = 5 });
        var table = f.Table("T", Field("Name", FieldTypeNames.SingleLineText), Field("Due", FieldTypeNames.Date));
        var late = f.Engine.Fields.Add(f.Db, table.Id, Field("Late", FieldTypeNames.Formula, """{"formula":"IS_AFTER(TODAY(), {Due})"}"""));
        var a = f.Create(table, ("Name", "a"), ("Due", "2026-01-12"));
        f.Create(table, ("Name", "b"), ("Due", "2026-01-09"));

        Assert.That(f.Get(table, a)[late.Id], Is.False);
        Assert.That(LateNames(f, table), Is.EqualTo(new[] { "b" }));

        clock.Advance(TimeSpan.FromDays(5));

        Assert.That(f.Get(table, a)[late.Id], Is.True);
        Assert.That(LateNames(f, table), Is.EqualTo(new[] { "a", "b" }));
    }

    private static IEnumerable<object> LateNames(TestEngine f, Table table) =>
        f.Engine.Records.Search(f.Db, table.Id, new RecordQuery { Filter = FilterCondition.Compare("Late", FilterOperator.Is, true) })
            .Items.Select(r => r[table.Fields[0].Id]!);
}
