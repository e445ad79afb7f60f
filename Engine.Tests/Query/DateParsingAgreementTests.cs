using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Query;

/// <summary>Field writes and filter values read dates with one parser: each string is accepted by both or by neither.</summary>
public sealed class DateParsingAgreementTests
{
    private static readonly string[] Strings =
    [
        "2026-03-18",
        "2026-03-18T10:30",
        "2026-03-18T10:30:15",
        "2026-03-18T10:30:15.123",
        "2026-03-18T10:30:15.1234567Z",
        "2026-03-18T10:30:15+02:00",
        "2026-03-18T10:30:15-14:00",
        "2026-03-18T10:30Z",
        "2024-02-29",
        "2026-03-18 10:30",
        "2026-3-18",
        "2026-03-18T10:30:15.12345678Z",
        "2026-03-18T25:00",
        "2026-03-18T10:30:15+15:00",
        "2026-03-18T10:30:15+0200",
        "2025-02-29",
        "18/03/2026",
        "March 18, 2026",
        "2026-03-18T",
        "2026-03-18Z",
    ];

    [TestCaseSource(nameof(Strings))]
    public void Datetime_write_and_filter_accept_the_same_strings(string text)
    {
        using var f = OnClock();
        var table = f.NamedTable("T", Field("When", FieldTypeNames.DateTime));
        var written = Outcome(() => f.Add(table, "a", ("When", text)));
        var filtered = Outcome(() => f.Names(table, FilterCondition.Compare("When", FilterOperator.Is, text)));

        Assert.That(filtered.Accepted, Is.EqualTo(written.Accepted), $"write: {written.Code}, filter: {filtered.Code}");
        Assert.That(written.Code, Is.Null.Or.EqualTo(ErrorCode.ValidationError));
        Assert.That(filtered.Code, Is.Null.Or.EqualTo(ErrorCode.BadRequest));
    }

    [Test]
    public void Datetime_filter_matches_the_instant_written_when_both_read_the_same_string()
    {
        using var f = OnClock(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        var table = f.NamedTable("T", Field("When", FieldTypeNames.DateTime));
        f.Add(table, "local", ("When", "2026-03-18T10:30"));
        f.Add(table, "utc", ("When", "2026-03-18T10:30Z"));

        Assert.That(f.Names(table, FilterCondition.Compare("When", FilterOperator.Is, "2026-03-18T10:30")), Is.EqualTo(new[] { "local" }));
        Assert.That(f.Names(table, FilterCondition.Compare("When", FilterOperator.Is, "2026-03-18T11:30+01:00")), Is.EqualTo(new[] { "utc" }));
    }

    private static (bool Accepted, ErrorCode? Code) Outcome(Action action)
    {
        try
        {
            action();
            return (true, null);
        }
        catch (SoftrException e)
        {
            return (false, e.Code);
        }
    }
}
