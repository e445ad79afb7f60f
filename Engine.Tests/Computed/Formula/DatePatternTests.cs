namespace SoftrLite.Tests.Computed.Formula;

/// <summary>The Moment-style pattern tokens of DATETIME_FORMAT and DATETIME_PARSE (option A of the spec's §8.2).</summary>
public sealed class DatePatternTests
{
    // Thursday 5 June 2025, 09:07:03.0456789 UTC.
    private const string Record = "When=i:2025-06-05T09:07:03.0456789Z";

    [TestCase("YYYY", "2025")]
    [TestCase("YY", "25")]
    [TestCase("Y", "2025")]
    [TestCase("Q", "2")]
    [TestCase("Qo", "2nd")]
    [TestCase("M", "6")]
    [TestCase("Mo", "6th")]
    [TestCase("MM", "06")]
    [TestCase("MMM", "Jun")]
    [TestCase("MMMM", "June")]
    [TestCase("D", "5")]
    [TestCase("DD", "05")]
    [TestCase("Do", "5th")]
    [TestCase("DDD", "156")]
    [TestCase("DDDD", "156")]
    [TestCase("DDDo", "156th")]
    [TestCase("d", "4")]
    [TestCase("do", "4th")]
    [TestCase("dd", "Th")]
    [TestCase("ddd", "Thu")]
    [TestCase("dddd", "Thursday")]
    [TestCase("e", "4")]
    [TestCase("E", "4")]
    [TestCase("w", "23")]
    [TestCase("wo", "23rd")]
    [TestCase("ww", "23")]
    [TestCase("W", "23")]
    [TestCase("WW", "23")]
    [TestCase("gggg", "2025")]
    [TestCase("GGGG", "2025")]
    [TestCase("GG", "25")]
    [TestCase("H", "9")]
    [TestCase("HH", "09")]
    [TestCase("h", "9")]
    [TestCase("hh", "09")]
    [TestCase("k", "9")]
    [TestCase("kk", "09")]
    [TestCase("m", "7")]
    [TestCase("mm", "07")]
    [TestCase("s", "3")]
    [TestCase("ss", "03")]
    [TestCase("S", "0")]
    [TestCase("SS", "04")]
    [TestCase("SSS", "045")]
    [TestCase("SSSSSSS", "0456789")]
    [TestCase("SSSSSSSSS", "045678900")]
    [TestCase("A", "AM")]
    [TestCase("a", "am")]
    [TestCase("Z", "+00:00")]
    [TestCase("ZZ", "+0000")]
    [TestCase("X", "1749114423")]
    [TestCase("x", "1749114423045")]
    [TestCase("z", "UTC")]
    [TestCase("L", "06/05/2025")]
    [TestCase("l", "6/5/2025")]
    [TestCase("LL", "June 5, 2025")]
    [TestCase("ll", "Jun 5, 2025")]
    [TestCase("LLL", "June 5, 2025 9:07 AM")]
    [TestCase("LLLL", "Thursday, June 5, 2025 9:07 AM")]
    [TestCase("llll", "Thu, Jun 5, 2025 9:07 AM")]
    [TestCase("LT", "9:07 AM")]
    [TestCase("LTS", "9:07:03 AM")]
    [TestCase("[Week] w [of] YYYY", "Week 23 of 2025")]
    [TestCase("YYYY\\-\\M\\M", "2025-MM")]
    [TestCase("YYYY年MM月DD日", "2025年06月05日")]
    [TestCase("YYYY-MM-DDTHH:mm:ss", "2025-06-05T09:07:03")]
    [TestCase("YYYY [", "2025 [")]
    public void Datetime_format_renders_each_token(string pattern, string expected)
    {
        Assert.That(Formulas.Eval($"DATETIME_FORMAT({{When}}, \"{pattern.Replace("\\", "\\\\", StringComparison.Ordinal)}\")", Record), Is.EqualTo(V.Text(expected)));
    }

    [TestCase("2025-06-05T00:30:00Z", "h:mm A k", "12:30 AM 24")]
    [TestCase("2025-06-05T12:00:00Z", "h A", "12 PM")]
    [TestCase("2025-06-05T13:05:00Z", "hh:mm a", "01:05 pm")]
    [TestCase("2025-06-01T00:00:00Z", "Do", "1st")]
    [TestCase("2025-06-02T00:00:00Z", "Do", "2nd")]
    [TestCase("2025-06-03T00:00:00Z", "Do", "3rd")]
    [TestCase("2025-06-11T00:00:00Z", "Do", "11th")]
    [TestCase("2025-06-12T00:00:00Z", "Do", "12th")]
    [TestCase("2025-06-13T00:00:00Z", "Do", "13th")]
    [TestCase("2025-06-21T00:00:00Z", "Do", "21st")]
    [TestCase("2025-06-22T00:00:00Z", "Do", "22nd")]
    [TestCase("2025-06-23T00:00:00Z", "Do", "23rd")]
    [TestCase("2025-12-31T00:00:00Z", "w gggg", "1 2026")]
    [TestCase("2025-12-29T00:00:00Z", "W GGGG", "1 2026")]
    [TestCase("2021-01-01T00:00:00Z", "W GGGG", "53 2020")]
    [TestCase("0099-01-01T00:00:00Z", "YYYY YY", "0099 99")]
    public void Datetime_format_handles_clock_hours_ordinals_and_week_years(string instant, string pattern, string expected)
    {
        Assert.That(Formulas.Eval($"DATETIME_FORMAT({{When}}, \"{pattern}\")", $"When=i:{instant}"), Is.EqualTo(V.Text(expected)));
    }

    [Test]
    public void Datetime_format_prints_the_offset_of_the_zone_in_effect_on_that_day()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var scenario = new FormulaScenario { Zone = newYork }.WithFields("Summer=i:2025-06-15T16:00:00Z;Winter=i:2025-01-15T17:00:00Z");
        Assert.That(scenario.Evaluate("DATETIME_FORMAT({Summer}, \"HH:mm Z z\")"), Is.EqualTo(V.Text("12:00 -04:00 America/New_York")));
        Assert.That(scenario.Evaluate("DATETIME_FORMAT({Winter}, \"HH:mm ZZ\")"), Is.EqualTo(V.Text("12:00 -0500")));
    }

    [TestCase("YYYY-MM-DD", "Day", "d:2025-06-05")]
    [TestCase("DD/MM/YYYY HH:mm:ss", "When", "i:2025-06-05T21:07:03Z")]
    [TestCase("MMM D, YYYY h:mm A", "When", "i:2025-06-05T21:07:00Z")]
    [TestCase("dddd, Do MMMM YYYY", "Day", "d:2025-06-05")]
    [TestCase("YYYY-MM-DDTHH:mm:ss.SSSZ", "When", "i:2025-06-05T21:07:03Z")]
    [TestCase("LLLL", "When", "i:2025-06-05T21:07:00Z")]
    [TestCase("X", "When", "i:2025-06-05T21:07:03Z")]
    [TestCase("x", "When", "i:2025-06-05T21:07:03Z")]
    [TestCase("YYYYMMDDHHmmss", "When", "i:2025-06-05T21:07:03Z")]
    public void Datetime_parse_reads_back_what_datetime_format_wrote(string pattern, string field, string expected)
    {
        var scenario = new FormulaScenario().WithFields("When=i:2025-06-05T21:07:03Z;Day=d:2025-06-05");
        var roundTrip = scenario.Evaluate($"DATETIME_PARSE(DATETIME_FORMAT({{{field}}}, \"{pattern}\"), \"{pattern}\")");
        Assert.That(roundTrip, Is.EqualTo(V.Parse(expected)));
    }

    [TestCase("5 jun 2025", "D MMM YYYY", "d:2025-06-05")]
    [TestCase("5 SEPT 2025", "D MMM YYYY", "d:2025-09-05")]
    [TestCase("2025/6/5", "YYYY-M-D", "d:2025-06-05")]
    [TestCase("2025-06-05", "YYYY MM DD", "d:2025-06-05")]
    [TestCase("  2025-06-05  ", "YYYY-MM-DD", "d:2025-06-05")]
    [TestCase("2025-06-05 9", "YYYY-MM-DD H", "i:2025-06-05T09:00:00Z")]
    [TestCase("2025-06-05 24", "YYYY-MM-DD kk", "i:2025-06-05T00:00:00Z")]
    [TestCase("2025-06-05 13 pm", "YYYY-MM-DD h a", "#ERROR!")]
    [TestCase("2025-06-05 25", "YYYY-MM-DD HH", "#ERROR!")]
    [TestCase("2025-06-05 10:61", "YYYY-MM-DD HH:mm", "#ERROR!")]
    [TestCase("2025-06-05x", "YYYY-MM-DD", "#ERROR!")]
    [TestCase("June 2025", "MMMM YYYY", "d:2025-06-01")]
    [TestCase("Juno 2025", "MMMM YYYY", "#ERROR!")]
    [TestCase("2025-366", "YYYY-DDDD", "#ERROR!")]
    [TestCase("2025-06-05 +05:30", "YYYY-MM-DD Z", "i:2025-06-04T18:30:00Z")]
    [TestCase("2025-06-05 Q2 w23", "YYYY-MM-DD [Q]Q [w]w", "d:2025-06-05")]
    public void Datetime_parse_is_lenient_about_separators_and_strict_about_values(string text, string pattern, string expected)
    {
        Assert.That(Formulas.Eval($"DATETIME_PARSE(\"{text}\", \"{pattern}\")"), Is.EqualTo(V.Parse(expected)));
    }
}
