using SoftrLite.Formula;

namespace SoftrLite.Tests.Computed.Formula;

/// <summary>Date functions of §6.4 that format, parse, convert, compare, and read the clock and the record's times.</summary>
public sealed class DateFunctionTests
{
    private const string Record =
        "Empty=blank;Day=d:2025-06-15;Moment=i:2025-06-15T14:30:00Z;Late=i:2025-06-15T23:30:00Z;Text=t:2025-06-15;Tags=a:d:2025-06-15";

    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    [TestCase("DATETIME_FORMAT({Day}, \"YYYY-MM-DD\")", "t:2025-06-15")]
    [TestCase("DATETIME_FORMAT({Day})", "t:2025-06-15")]
    [TestCase("DATETIME_FORMAT({Moment})", "t:2025-06-15T14:30:00.000+00:00")]
    [TestCase("DATETIME_FORMAT({Day}, \"\")", "t:2025-06-15")]
    [TestCase("DATETIME_FORMAT({Day}, \"HH:mm\")", "t:00:00")]
    [TestCase("DATETIME_FORMAT({Text}, \"DD.MM.YYYY\")", "t:15.06.2025")]
    [TestCase("DATETIME_FORMAT({Tags}, \"DD.MM.YYYY\")", "t:15.06.2025")]
    [TestCase("DATETIME_FORMAT({Empty}, \"YYYY\")", "blank")]
    [TestCase("DATETIME_FORMAT(42, \"YYYY\")", "#ERROR!")]
    [TestCase("DATETIME_FORMAT(\"not a date\", \"YYYY\")", "#ERROR!")]
    [TestCase("DATETIME_FORMAT(ERROR(), \"YYYY\")", "#ERROR!")]
    public void Datetime_format_renders_dates_with_a_pattern(string formula, string expected) => Check(formula, expected);

    [TestCase("DATETIME_PARSE(\"2025-06-15 14:30\", \"YYYY-MM-DD HH:mm\")", "i:2025-06-15T14:30:00Z")]
    [TestCase("DATETIME_PARSE(\"15 June 2025\", \"D MMMM YYYY\")", "d:2025-06-15")]
    [TestCase("DATETIME_PARSE(\"Jun 5th, 2025\", \"MMM Do, YYYY\")", "d:2025-06-05")]
    [TestCase("DATETIME_PARSE(\"2/3/25\", \"M/D/YY\")", "d:2025-02-03")]
    [TestCase("DATETIME_PARSE(\"2/3/99\", \"M/D/YY\")", "d:1999-02-03")]
    [TestCase("DATETIME_PARSE(\"06/15/2025 2:30 PM\", \"MM/DD/YYYY h:mm A\")", "i:2025-06-15T14:30:00Z")]
    [TestCase("DATETIME_PARSE(\"06/15/2025 12:05 am\", \"MM/DD/YYYY hh:mm a\")", "i:2025-06-15T00:05:00Z")]
    [TestCase("DATETIME_PARSE(\"2025-06-15T14:30:00+02:00\", \"YYYY-MM-DDTHH:mm:ssZ\")", "i:2025-06-15T12:30:00Z")]
    [TestCase("DATETIME_PARSE(\"1750000000\", \"X\")", "i:2025-06-15T15:06:40Z")]
    [TestCase("DATETIME_PARSE(\"2025.166\", \"YYYY.DDDD\")", "d:2025-06-15")]
    [TestCase("DATETIME_PARSE(\"2025-06-15T14:30:00Z\")", "i:2025-06-15T14:30:00Z")]
    [TestCase("DATETIME_PARSE(\"June 15, 2025\")", "d:2025-06-15")]
    [TestCase("DATETIME_PARSE({Day}, \"MM/DD/YYYY\")", "d:2025-06-15")]
    [TestCase("DATETIME_PARSE(\"13/31/2025\", \"MM/DD/YYYY\")", "#ERROR!")]
    [TestCase("DATETIME_PARSE(\"02/30/2025\", \"MM/DD/YYYY\")", "#ERROR!")]
    [TestCase("DATETIME_PARSE(\"12/31\", \"MM/DD\")", "#ERROR!")]
    [TestCase("DATETIME_PARSE(\"2025-06-15 extra\", \"YYYY-MM-DD\")", "#ERROR!")]
    [TestCase("DATETIME_PARSE(\"garbage\")", "#ERROR!")]
    [TestCase("DATETIME_PARSE({Empty}, \"YYYY\")", "blank")]
    [TestCase("DATETIME_PARSE(42, \"YYYY\")", "#ERROR!")]
    public void Datetime_parse_reads_text_with_or_without_a_pattern(string formula, string expected) => Check(formula, expected);

    [Test]
    public void Datetime_parse_reads_zone_less_text_in_the_evaluation_zone()
    {
        var scenario = new FormulaScenario { Zone = NewYork };
        Assert.That(scenario.Evaluate("DATETIME_PARSE(\"06/15/2025 2:30 PM\", \"MM/DD/YYYY h:mm A\")"), Is.EqualTo(V.Instant("2025-06-15T18:30:00Z")));
        Assert.That(scenario.Evaluate("DATETIME(\"2025-06-15 14:30\")"), Is.EqualTo(V.Instant("2025-06-15T18:30:00Z")));
        Assert.That(scenario.Evaluate("DATETIME(\"2025-06-15T14:30:00Z\")"), Is.EqualTo(V.Instant("2025-06-15T14:30:00Z")));
    }

    [TestCase("SET_TIMEZONE({Moment}, \"Not/AZone\")", "#ERROR!")]
    [TestCase("SET_TIMEZONE({Moment}, \"\")", "#ERROR!")]
    [TestCase("SET_TIMEZONE({Empty}, \"Europe/Paris\")", "blank")]
    [TestCase("SET_TIMEZONE(5, \"Europe/Paris\")", "#ERROR!")]
    [TestCase("DATETIME_FORMAT(SET_TIMEZONE({Moment}, \"Asia/Tokyo\"), \"YYYY-MM-DD HH:mm\")", "t:2025-06-15 23:30")]
    [TestCase("DATETIME_FORMAT(SET_TIMEZONE({Day}, \"Asia/Tokyo\"), \"YYYY-MM-DD HH:mm Z\")", "t:2025-06-15 00:00 +09:00")]
    [TestCase("DATETIME_FORMAT(DATEADD(SET_TIMEZONE({Moment}, \"America/New_York\"), 1, \"hours\"), \"HH:mm\")", "t:11:30")]
    [TestCase("DAY(SET_TIMEZONE({Late}, \"Asia/Tokyo\"))", "n:16")]
    [TestCase("STRINGIFY(SET_TIMEZONE({Moment}, \"Asia/Tokyo\"))", "t:2025-06-15T23:30:00.000+09:00")]
    [TestCase("SET_TIMEZONE({Moment}, \"UTC\") = {Moment}", "b:TRUE")]
    public void Set_timezone_attaches_a_zone_used_for_display_and_parts(string formula, string expected) => Check(formula, expected);

    [Test]
    public void Today_and_now_read_the_environment_clock_in_the_evaluation_zone()
    {
        var lateEvening = new DateTimeOffset(2025, 5, 30, 2, 0, 0, TimeSpan.Zero);
        Assert.That(new FormulaScenario { Now = lateEvening, Zone = NewYork }.Evaluate("TODAY()"), Is.EqualTo(V.Date(2025, 5, 29)));
        Assert.That(new FormulaScenario { Now = lateEvening }.Evaluate("TODAY()"), Is.EqualTo(V.Date(2025, 5, 30)));
        Assert.That(new FormulaScenario { Now = lateEvening, Zone = Tokyo }.Evaluate("NOW()"), Is.EqualTo(FormulaValue.FromInstant(lateEvening)));
        Assert.That(new FormulaScenario { Now = lateEvening }.Evaluate("DAYS_IN_MONTH()"), Is.EqualTo(V.Num(31)));
    }

    [Test]
    public void Created_and_last_modified_time_are_blank_when_the_record_has_none()
    {
        Assert.That(Formulas.Eval("CREATED_TIME()"), Is.EqualTo(V.Blank));
        Assert.That(Formulas.Eval("LAST_MODIFIED_TIME()"), Is.EqualTo(V.Blank));
        var created = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);
        Assert.That(new FormulaScenario { CreatedTime = created }.Evaluate("CREATED_TIME()"), Is.EqualTo(FormulaValue.FromInstant(created)));
    }

    [TestCase("IS_SAME({Day}, \"2025-06-15\")", "b:TRUE")]
    [TestCase("IS_SAME({Day}, \"2025-06-15T00:00:00Z\")", "b:TRUE")]
    [TestCase("IS_SAME({Day}, {Moment})", "b:FALSE")]
    [TestCase("IS_SAME({Moment}, DATEADD({Moment}, 1, \"seconds\"))", "b:FALSE")]
    [TestCase("IS_SAME({Empty}, {Day})", "blank")]
    [TestCase("IS_SAME(5, {Day})", "#ERROR!")]
    [TestCase("IS_AFTER({Day}, {Day})", "b:FALSE")]
    [TestCase("IS_AFTER({Moment}, {Day})", "b:TRUE")]
    [TestCase("IS_BEFORE({Day}, \"2025-06-16\")", "b:TRUE")]
    [TestCase("IS_BEFORE({Day}, \"soon\")", "#ERROR!")]
    [TestCase("IS_BEFORE({Day}, {Empty})", "blank")]
    public void Is_same_is_after_and_is_before_compare_dates(string formula, string expected) => Check(formula, expected);

    [TestCase("DATE({Moment})", "d:2025-06-15")]
    [TestCase("DATE(\"June 15, 2025\")", "d:2025-06-15")]
    [TestCase("DATE(\"06/15/2025\")", "d:2025-06-15")]
    [TestCase("DATE(\"6/15\")", "#ERROR!")]
    [TestCase("DATETIME(\"June 15, 2025 2:30 PM\")", "i:2025-06-15T14:30:00Z")]
    [TestCase("DATETIME(\"Sun, 15 Jun 2025 14:30:00 GMT\")", "i:2025-06-15T14:30:00Z")]
    [TestCase("DATE(\"2025-06-15T10:00:00Z\")", "d:2025-06-15")]
    [TestCase("DATE(42)", "#ERROR!")]
    [TestCase("DATE(\"bad\")", "#ERROR!")]
    [TestCase("DATE(\"2025-02-30\")", "#ERROR!")]
    [TestCase("DATE({Empty})", "blank")]
    [TestCase("DATETIME({Day})", "i:2025-06-15T00:00:00Z")]
    [TestCase("DATETIME(\"2025-06-15T14:30:00+02:00\")", "i:2025-06-15T12:30:00Z")]
    [TestCase("DATETIME(\"2025-06-15T14:30:00.250Z\")", "i:2025-06-15T14:30:00.25Z")]
    [TestCase("DATETIME({Empty})", "blank")]
    [TestCase("DATETIME(TRUE())", "#ERROR!")]
    [TestCase("DATESTR({Late})", "t:2025-06-15")]
    [TestCase("DATESTR(\"2025-06-15 08:00\")", "t:2025-06-15")]
    [TestCase("DATESTR({Empty})", "blank")]
    [TestCase("DATESTR(\"x\")", "#ERROR!")]
    public void Date_datetime_and_datestr_convert_values(string formula, string expected) => Check(formula, expected);

    [Test]
    public void Date_parts_and_datestr_are_taken_in_the_evaluation_zone()
    {
        var scenario = new FormulaScenario { Zone = Tokyo }.WithFields(Record);
        Assert.That(scenario.Evaluate("DATESTR({Late})"), Is.EqualTo(V.Text("2025-06-16")));
        Assert.That(scenario.Evaluate("DATE({Late})"), Is.EqualTo(V.Date(2025, 6, 16)));
        Assert.That(scenario.Evaluate("HOUR({Late})"), Is.EqualTo(V.Num(8)));
        Assert.That(scenario.Evaluate("DATETIME_FORMAT({Late}, \"YYYY-MM-DD HH:mm Z\")"), Is.EqualTo(V.Text("2025-06-16 08:30 +09:00")));
        Assert.That(scenario.Evaluate("DATETIME({Day})"), Is.EqualTo(V.Instant("2025-06-14T15:00:00Z")));
    }

    private static void Check(string formula, string expected) =>
        Assert.That(Formulas.Eval(formula, Record), Is.EqualTo(V.Parse(expected)));
}
