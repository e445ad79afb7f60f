namespace SoftrLite.Tests.Computed.Formula;

/// <summary>DATEADD, DATETIME_DIFF, EDATE and EOMONTH: units, month ends, truncation, time zones.</summary>
public sealed class DateArithmeticTests
{
    private const string Record = "Empty=blank;Day=d:2025-06-15;Moment=i:2025-06-15T14:30:00Z;Jan31=d:2025-01-31;Leap=d:2024-02-29;Jul31=d:2025-07-31";

    [TestCase("DATEADD({Jul31}, -1, \"month\")", "d:2025-06-30")]
    [TestCase("DATEADD({Jan31}, 1, \"month\")", "d:2025-02-28")]
    [TestCase("DATEADD({Leap}, 1, \"year\")", "d:2025-02-28")]
    [TestCase("DATEADD({Day}, 2, \"weeks\")", "d:2025-06-29")]
    [TestCase("DATEADD({Day}, 1, \"quarter\")", "d:2025-09-15")]
    [TestCase("DATEADD({Day}, 3, \"Days\")", "d:2025-06-18")]
    [TestCase("DATEADD({Day}, 1, \"DAY\")", "d:2025-06-16")]
    [TestCase("DATEADD({Day}, -20, \"days\")", "d:2025-05-26")]
    [TestCase("DATEADD({Day}, 1.9, \"days\")", "d:2025-06-16")]
    [TestCase("DATEADD({Day}, 2, \"d\")", "d:2025-06-17")]
    [TestCase("DATEADD({Day}, 1, \"M\")", "d:2025-07-15")]
    [TestCase("DATEADD({Day}, 1, \"y\")", "d:2026-06-15")]
    [TestCase("DATEADD({Day}, 1, \"Q\")", "d:2025-09-15")]
    [TestCase("DATEADD({Day}, 90, \"minutes\")", "i:2025-06-15T01:30:00Z")]
    [TestCase("DATEADD({Day}, 1, \"m\")", "i:2025-06-15T00:01:00Z")]
    [TestCase("DATEADD({Moment}, 1.5, \"hours\")", "i:2025-06-15T16:00:00Z")]
    [TestCase("DATEADD({Moment}, 500, \"ms\")", "i:2025-06-15T14:30:00.5Z")]
    [TestCase("DATEADD({Moment}, 30, \"s\")", "i:2025-06-15T14:30:30Z")]
    [TestCase("DATEADD({Moment}, 1, \"days\")", "i:2025-06-16T14:30:00Z")]
    [TestCase("DATEADD({Moment}, 0.5, \"days\")", "i:2025-06-16T02:30:00Z")]
    [TestCase("DATEADD({Moment}, 1, \"month\")", "i:2025-07-15T14:30:00Z")]
    [TestCase("DATEADD(\"2025-06-15\", 1, \"days\")", "d:2025-06-16")]
    [TestCase("DATEADD({Day}, 1, \"fortnight\")", "#ERROR!")]
    [TestCase("DATEADD({Day}, 1, \"MS\")", "#ERROR!")]
    [TestCase("DATEADD({Day}, \"x\", \"days\")", "#ERROR!")]
    [TestCase("DATEADD({Day}, {Empty}, \"days\")", "d:2025-06-15")]
    [TestCase("DATEADD({Empty}, 1, \"days\")", "blank")]
    [TestCase("DATEADD(5, 1, \"days\")", "#ERROR!")]
    public void Dateadd_adds_amounts_of_every_unit(string formula, string expected) => Check(formula, expected);

    [Test]
    public void Dateadd_keeps_the_wall_clock_time_across_a_daylight_saving_change()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var scenario = new FormulaScenario { Zone = newYork }.WithFields("Start=i:2025-03-08T14:00:00Z");
        Assert.That(scenario.Evaluate("DATEADD({Start}, 1, \"days\")"), Is.EqualTo(V.Instant("2025-03-09T13:00:00Z")));
        Assert.That(scenario.Evaluate("DATEADD({Start}, 24, \"hours\")"), Is.EqualTo(V.Instant("2025-03-09T14:00:00Z")));
        Assert.That(scenario.Evaluate("DATETIME_PARSE(\"2025-03-09 02:30\", \"YYYY-MM-DD HH:mm\")"), Is.EqualTo(V.Instant("2025-03-09T07:30:00Z")));
    }

    [TestCase("DATETIME_DIFF(DATEADD({Moment}, 1, \"minutes\"), {Moment})", "n:60")]
    [TestCase("DATETIME_DIFF({Moment}, DATEADD({Moment}, 90, \"minutes\"), \"hours\")", "n:-1")]
    [TestCase("DATETIME_DIFF(DATEADD({Moment}, 90, \"minutes\"), {Moment}, \"hours\")", "n:1")]
    [TestCase("DATETIME_DIFF(DATEADD({Moment}, 90, \"minutes\"), {Moment}, \"minutes\")", "n:90")]
    [TestCase("DATETIME_DIFF(DATEADD({Moment}, 1500, \"ms\"), {Moment}, \"ms\")", "n:1500")]
    [TestCase("DATETIME_DIFF(DATEADD({Moment}, 1500, \"ms\"), {Moment}, \"milliseconds\")", "n:1500")]
    [TestCase("DATETIME_DIFF({Moment}, {Day}, \"hours\")", "n:14")]
    [TestCase("DATETIME_DIFF({Moment}, {Day}, \"days\")", "n:0")]
    [TestCase("DATETIME_DIFF(\"2025-06-30\", {Day}, \"weeks\")", "n:2")]
    [TestCase("DATETIME_DIFF(\"2025-02-28\", {Jan31}, \"months\")", "n:1")]
    [TestCase("DATETIME_DIFF(\"2025-02-27\", {Jan31}, \"months\")", "n:0")]
    [TestCase("DATETIME_DIFF({Jan31}, \"2025-03-01\", \"months\")", "n:-1")]
    [TestCase("DATETIME_DIFF(\"2025-06-14\", \"2020-06-15\", \"years\")", "n:4")]
    [TestCase("DATETIME_DIFF(\"2025-06-15\", \"2020-06-15\", \"Years\")", "n:5")]
    [TestCase("DATETIME_DIFF(\"2025-12-15\", \"2025-06-15\", \"quarters\")", "n:2")]
    [TestCase("DATETIME_DIFF({Day}, {Day})", "n:0")]
    [TestCase("DATETIME_DIFF({Day}, \"2025-06-14\")", "n:86400")]
    [TestCase("DATETIME_DIFF({Day}, \"2025-06-14\", {Empty})", "n:86400")]
    [TestCase("DATETIME_DIFF({Day}, \"2025-06-14\", \"eons\")", "#ERROR!")]
    [TestCase("DATETIME_DIFF({Empty}, {Day}, \"days\")", "blank")]
    [TestCase("DATETIME_DIFF({Day}, 5, \"days\")", "#ERROR!")]
    public void Datetime_diff_measures_whole_units_truncated_toward_zero(string formula, string expected) => Check(formula, expected);

    [TestCase("EDATE(\"2025-03-31\", -1)", "d:2025-02-28")]
    [TestCase("EDATE({Day})", "d:2025-06-15")]
    [TestCase("EDATE({Leap}, 12)", "d:2025-02-28")]
    [TestCase("EDATE({Moment}, 1)", "d:2025-07-15")]
    [TestCase("EDATE({Day}, 1.9)", "d:2025-07-15")]
    [TestCase("EDATE({Empty}, 1)", "blank")]
    [TestCase("EDATE({Day}, \"x\")", "#ERROR!")]
    [TestCase("EOMONTH({Day})", "d:2025-06-30")]
    [TestCase("EOMONTH(\"2025-03-15\", -1)", "d:2025-02-28")]
    [TestCase("EOMONTH({Leap}, 0)", "d:2024-02-29")]
    [TestCase("EOMONTH({Day}, 7)", "d:2026-01-31")]
    [TestCase("EOMONTH({Empty})", "blank")]
    [TestCase("EOMONTH(ERROR())", "#ERROR!")]
    public void Edate_and_eomonth_move_by_whole_months(string formula, string expected) => Check(formula, expected);

    private static void Check(string formula, string expected) =>
        Assert.That(Formulas.Eval(formula, Record), Is.EqualTo(V.Parse(expected)));
}
