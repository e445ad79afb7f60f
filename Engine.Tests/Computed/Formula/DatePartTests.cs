namespace SoftrLite.Tests.Computed.Formula;

/// <summary>DAY … SECOND, WEEKDAY, WEEKNUM, DAYS_IN_MONTH, WORKDAY and WORKDAY_DIFF.</summary>
public sealed class DatePartTests
{
    private const string Record = "Empty=blank;Day=d:2025-06-15;Moment=i:2025-06-30T23:30:45Z;Holidays=a:d:2025-06-04|t:2025-06-05";

    [TestCase("DAY(\"2025-06-15\")", "n:15")]
    [TestCase("DAY({Moment})", "n:30")]
    [TestCase("MONTH({Moment})", "n:6")]
    [TestCase("YEAR({Day})", "n:2025")]
    [TestCase("HOUR({Day})", "n:0")]
    [TestCase("MINUTE({Moment})", "n:30")]
    [TestCase("SECOND({Moment})", "n:45")]
    [TestCase("DAY(15)", "#ERROR!")]
    [TestCase("MONTH(\"June\")", "#ERROR!")]
    [TestCase("YEAR({Empty})", "blank")]
    [TestCase("HOUR(ERROR())", "#ERROR!")]
    public void Date_part_functions_take_dates_apart(string formula, string expected) => Check(formula, expected);

    [Test]
    public void Date_part_functions_use_the_evaluation_zone()
    {
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        var scenario = new FormulaScenario { Zone = tokyo }.WithFields(Record);
        Assert.That(scenario.Evaluate("DAY({Moment})"), Is.EqualTo(V.Num(1)));
        Assert.That(scenario.Evaluate("MONTH({Moment})"), Is.EqualTo(V.Num(7)));
        Assert.That(scenario.Evaluate("HOUR({Moment})"), Is.EqualTo(V.Num(8)));
        Assert.That(scenario.Evaluate("WEEKDAY({Moment})"), Is.EqualTo(V.Num(2)));
    }

    [TestCase("WEEKDAY(\"2025-06-01\")", "n:0")]
    [TestCase("WEEKDAY(\"2025-06-07\")", "n:6")]
    [TestCase("WEEKDAY(\"2025-06-01\", \"monday\")", "n:6")]
    [TestCase("WEEKDAY(\"2025-06-01\", \"Monday\")", "n:6")]
    [TestCase("WEEKDAY(\"2025-06-01\", \"SUNDAY\")", "n:0")]
    [TestCase("WEEKDAY(\"2025-06-01\", {Empty})", "n:0")]
    [TestCase("WEEKDAY(\"2025-06-01\", \"tuesday\")", "#ERROR!")]
    [TestCase("WEEKDAY({Empty})", "blank")]
    [TestCase("WEEKNUM(\"2025-01-01\")", "n:1")]
    [TestCase("WEEKNUM(\"2025-01-04\")", "n:1")]
    [TestCase("WEEKNUM(\"2025-01-05\")", "n:2")]
    [TestCase("WEEKNUM(\"2025-01-05\", \"monday\")", "n:1")]
    [TestCase("WEEKNUM(\"2025-01-06\", \"monday\")", "n:2")]
    [TestCase("WEEKNUM(\"2025-12-31\")", "n:53")]
    [TestCase("WEEKNUM(\"2025-06-02\", \"monday\")", "n:23")]
    [TestCase("WEEKNUM(\"2025-06-02\", \"friday\")", "#ERROR!")]
    [TestCase("DAYS_IN_MONTH(\"2024-02-10\")", "n:29")]
    [TestCase("DAYS_IN_MONTH(\"2025-04-30\")", "n:30")]
    [TestCase("DAYS_IN_MONTH()", "n:31")]
    [TestCase("DAYS_IN_MONTH({Empty})", "blank")]
    [TestCase("DAYS_IN_MONTH(\"x\")", "#ERROR!")]
    public void Weekday_weeknum_and_days_in_month_count_calendar_positions(string formula, string expected) => Check(formula, expected);

    [TestCase("WORKDAY(\"2025-06-06\", 1)", "d:2025-06-09")]
    [TestCase("WORKDAY(\"2025-06-09\", -1)", "d:2025-06-06")]
    [TestCase("WORKDAY(\"2025-06-09\", -5)", "d:2025-06-02")]
    [TestCase("WORKDAY(\"2025-06-07\", 0)", "d:2025-06-07")]
    [TestCase("WORKDAY(\"2025-06-07\", 1)", "d:2025-06-09")]
    [TestCase("WORKDAY(\"2025-06-02\", 5, {Holidays})", "d:2025-06-11")]
    [TestCase("WORKDAY(\"2025-06-02\", 5, {Empty}, \"\")", "d:2025-06-09")]
    [TestCase("WORKDAY(\"2025-06-02\", 5, \"2025-06-07\")", "d:2025-06-09")]
    [TestCase("WORKDAY(\"2025-06-02\", 1, \"someday\")", "#ERROR!")]
    [TestCase("WORKDAY(\"2025-06-02\", 1, 42)", "#ERROR!")]
    [TestCase("WORKDAY(\"2025-06-02\", \"x\")", "#ERROR!")]
    [TestCase("WORKDAY({Empty}, 3)", "blank")]
    [TestCase("WORKDAY(\"2025-06-02\", 1e9)", "#ERROR!")]
    [TestCase("WORKDAY(\"2025-06-02\", 260)", "d:2026-06-01")]
    public void Workday_counts_working_days_after_the_start(string formula, string expected) => Check(formula, expected);

    [TestCase("WORKDAY_DIFF(\"2025-06-09\", \"2025-06-02\")", "n:-5")]
    [TestCase("WORKDAY_DIFF(\"2025-06-02\", \"2025-06-02\")", "n:0")]
    [TestCase("WORKDAY_DIFF(\"2025-06-07\", \"2025-06-08\")", "n:0")]
    [TestCase("WORKDAY_DIFF(\"2025-06-06\", \"2025-06-09\")", "n:1")]
    [TestCase("WORKDAY_DIFF(\"2025-01-01\", \"2025-12-31\")", "n:260")]
    [TestCase("WORKDAY_DIFF(\"2025-06-02\", \"2025-06-09\", {Holidays})", "n:3")]
    [TestCase("WORKDAY_DIFF(\"2025-06-02\", \"2025-06-09\", \"2025-06-04\", \"2025-06-04\")", "n:4")]
    [TestCase("WORKDAY_DIFF(\"2025-06-02\", \"2025-06-09\", \"2025-06-07\")", "n:5")]
    [TestCase("WORKDAY_DIFF(\"2025-06-02\", \"2025-06-09\", \"2025-06-02\")", "n:5")]
    [TestCase("WORKDAY_DIFF(\"2025-06-09\", \"2025-06-02\", \"2025-06-04\")", "n:-4")]
    [TestCase("WORKDAY_DIFF({Empty}, \"2025-06-02\")", "blank")]
    [TestCase("WORKDAY_DIFF(\"2025-06-02\", 5)", "#ERROR!")]
    public void Workday_diff_counts_working_days_between_dates(string formula, string expected) => Check(formula, expected);

    private static void Check(string formula, string expected) =>
        Assert.That(Formulas.Eval(formula, Record), Is.EqualTo(V.Parse(expected)));
}
