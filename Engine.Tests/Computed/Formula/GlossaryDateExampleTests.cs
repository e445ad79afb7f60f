using SoftrLite.Formula;

namespace SoftrLite.Tests.Computed.Formula;

/// <summary>Every worked example of the glossary quoted in the spec's §6.4–§6.7 (dates, arrays, regexes, others).</summary>
public sealed class GlossaryDateExampleTests
{
    // Date and time functions (§6.4); "today" is 2025-05-29.
    [TestCase("DATETIME_FORMAT({Due Date}, \"MM/DD/YYYY\")", "Due Date=d:2025-06-15", "t:06/15/2025")]
    [TestCase("DATETIME_PARSE({Date Text}, \"MM/DD/YYYY\")", "Date Text=t:12/31/2025", "d:2025-12-31")]
    [TestCase("TODAY()", "", "d:2025-05-29")]
    [TestCase("DATEADD({Start Date}, 7, \"days\")", "Start Date=d:2025-06-01", "d:2025-06-08")]
    [TestCase("DATETIME_DIFF({Due Date}, {Start Date}, \"days\")", "Due Date=d:2025-06-10;Start Date=d:2025-06-01", "n:9")]
    [TestCase("DATETIME_DIFF({Due Date}, TODAY(), \"days\")", "Due Date=d:2025-06-10", "n:12")]
    [TestCase("IS_SAME({Start Date}, {End Date})", "Start Date=d:2025-06-01;End Date=d:2025-06-01", "b:TRUE")]
    [TestCase("IS_AFTER({Due Date}, TODAY())", "Due Date=d:2025-06-10", "b:TRUE")]
    [TestCase("IS_BEFORE({Start Date}, TODAY())", "Start Date=d:2025-05-01", "b:TRUE")]
    [TestCase("WORKDAY({Start Date}, 5)", "Start Date=d:2025-06-02", "d:2025-06-09")]
    [TestCase("WORKDAY({Start Date}, 5, \"2025-06-04\", \"2025-06-05\")", "Start Date=d:2025-06-02", "d:2025-06-11")]
    [TestCase("WORKDAY_DIFF({Start Date}, {End Date})", "Start Date=d:2025-06-02;End Date=d:2025-06-09", "n:5")]
    [TestCase("WORKDAY_DIFF({Start Date}, {End Date}, \"2025-06-04\")", "Start Date=d:2025-06-02;End Date=d:2025-06-09", "n:4")]
    [TestCase("WEEKDAY({Due Date})", "Due Date=d:2025-06-02", "n:1")]
    [TestCase("WEEKDAY({Due Date}, \"monday\")", "Due Date=d:2025-06-02", "n:0")]
    [TestCase("WEEKNUM({Due Date})", "Due Date=d:2025-06-02", "n:23")]
    [TestCase("DATESTR({Start Date})", "Start Date=d:2025-06-01", "t:2025-06-01")]
    [TestCase("DATE(\"2025-06-15\")", "", "d:2025-06-15")]
    [TestCase("DATETIME(\"2025-06-15 14:30:00\")", "", "i:2025-06-15T14:30:00Z")]
    [TestCase("EDATE({Start Date}, 3)", "Start Date=d:2025-01-31", "d:2025-04-30")]
    [TestCase("EOMONTH({Start Date}, 1)", "Start Date=d:2025-06-15", "d:2025-07-31")]
    [TestCase("DAY({Due Date})", "Due Date=d:2025-06-15", "n:15")]
    [TestCase("MONTH({Due Date})", "Due Date=d:2025-06-15", "n:6")]
    [TestCase("YEAR({Due Date})", "Due Date=d:2025-06-15", "n:2025")]
    [TestCase("HOUR({Created Time})", "Created Time=i:2025-06-15T14:30:00Z", "n:14")]
    [TestCase("MINUTE({Created Time})", "Created Time=i:2025-06-15T14:30:00Z", "n:30")]
    [TestCase("SECOND({Created Time})", "Created Time=i:2025-06-15T14:30:45Z", "n:45")]
    [TestCase("DAYS_IN_MONTH({Due Date})", "Due Date=d:2025-02-15", "n:28")]

    // Array functions (§6.5).
    [TestCase("ARRAYCOMPACT({Tasks Lookup})", "Tasks Lookup=a:t:Task1|t:|t:Task2", "t:Task1, Task2")]
    [TestCase("ARRAYJOIN({Tags Lookup}, \", \")", "Tags Lookup=a:t:Red|t:Blue", "t:Red, Blue")]
    [TestCase("ARRAYUNIQUE({Categories Lookup})", "Categories Lookup=a:t:A|t:B|t:A", "t:A, B")]
    [TestCase("ARRAYSLICE({Tags Lookup}, 2, 4)", "Tags Lookup=a:t:A|t:B|t:C|t:D", "t:B, C")]

    // Regular expression functions (§6.6).
    [TestCase("REGEX_MATCH(\"user@example.com\", \"^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$\")", "", "b:TRUE")]
    [TestCase("REGEX_EXTRACT(\"ITEM-1234-XYZ\", \"[0-9]+\")", "", "t:1234")]
    [TestCase("REGEX_REPLACE(\"(123) 456-7890\", \"\\D\", \"\")", "", "t:1234567890")]

    // Other functions (§6.7).
    [TestCase("RECORD_ID()", "", "t:rec1234567890")]
    [TestCase("ISERROR({Price} / 0)", "Price=n:100", "b:TRUE")]
    [TestCase("IF({Name} = \"\", BLANK(), {Name})", "Name=t:", "blank")]
    [TestCase("IF({Name} = \"\", BLANK(), {Name})", "Name=t:Jane", "t:Jane")]
    [TestCase("IF({Quantity} < 0, ERROR(), {Quantity} * {Price})", "Quantity=n:-1;Price=n:10", "#ERROR!")]
    [TestCase("IF({Quantity} < 0, ERROR(), {Quantity} * {Price})", "Quantity=n:3;Price=n:10", "n:30")]
    [TestCase("IFERROR({Total} / {Count}, 0)", "Total=n:100;Count=n:0", "n:0")]
    [TestCase("IF(TRUE(), \"Always\", \"Never\")", "", "t:Always")]
    [TestCase("IF(FALSE(), \"Always\", \"Never\")", "", "t:Never")]
    public void Glossary_example_evaluates_to_the_documented_result(string formula, string fields, string expected)
    {
        Assert.That(Formulas.Eval(formula, fields), Is.EqualTo(V.Parse(expected)));
    }

    [Test]
    public void Set_timezone_example_shows_ten_o_clock_daylight_time_in_new_york()
    {
        var scenario = new FormulaScenario().WithFields("Event Date=i:2025-05-29T14:00:00Z");
        var value = scenario.Evaluate("SET_TIMEZONE({Event Date}, \"America/New_York\")");
        Assert.That(value.Kind, Is.EqualTo(FormulaValueKind.Instant));
        Assert.That(value.Instant, Is.EqualTo(new DateTimeOffset(2025, 5, 29, 14, 0, 0, TimeSpan.Zero)));
        Assert.That(value.TimeZone?.Id, Is.EqualTo("America/New_York"));
        Assert.That(scenario.Evaluate("DATETIME_FORMAT(SET_TIMEZONE({Event Date}, \"America/New_York\"), \"YYYY-MM-DD HH:mm Z\")"), Is.EqualTo(V.Text("2025-05-29 10:00 -04:00")));
        Assert.That(scenario.Evaluate("HOUR(SET_TIMEZONE({Event Date}, \"America/New_York\"))"), Is.EqualTo(V.Num(10)));
    }

    [Test]
    public void Now_example_gives_the_current_time_in_the_evaluation_zone()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var scenario = new FormulaScenario { Zone = newYork };
        Assert.That(scenario.Evaluate("NOW()"), Is.EqualTo(FormulaValue.FromInstant(FormulaScenario.DefaultNow)));
        Assert.That(scenario.Evaluate("DATETIME_FORMAT(NOW(), \"YYYY-MM-DD HH:mm\")"), Is.EqualTo(V.Text("2025-05-29 16:42")));
    }

    [Test]
    public void Created_time_example_formats_the_record_creation_date()
    {
        var scenario = new FormulaScenario { CreatedTime = new DateTimeOffset(2025, 5, 29, 9, 0, 0, TimeSpan.Zero) };
        Assert.That(scenario.Evaluate("DATETIME_FORMAT(CREATED_TIME(), \"MM/DD/YYYY\")"), Is.EqualTo(V.Text("05/29/2025")));
    }

    [Test]
    public void Last_modified_time_example_formats_the_record_modification_date()
    {
        var scenario = new FormulaScenario { LastModifiedTime = new DateTimeOffset(2025, 5, 28, 9, 0, 0, TimeSpan.Zero) };
        Assert.That(scenario.Evaluate("DATETIME_FORMAT(LAST_MODIFIED_TIME(), \"MM/DD/YYYY\")"), Is.EqualTo(V.Text("05/28/2025")));
    }

    [Test]
    public void Removed_datesub_example_is_refused_at_compile_time()
    {
        Assert.That(() => new FormulaScenario().WithFields("End Date=d:2025-07-31").Compile("DATESUB({End Date}, 1, \"month\")"),
            Throws.TypeOf<FormulaSyntaxException>().With.Property(nameof(FormulaSyntaxException.Position)).EqualTo(0));
        Assert.That(Formulas.Eval("DATEADD({End Date}, -1, \"month\")", "End Date=d:2025-07-31"), Is.EqualTo(V.Date(2025, 6, 30)));
    }
}
