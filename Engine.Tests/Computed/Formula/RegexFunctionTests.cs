
namespace SoftrLite.Tests.Computed.Formula;

/// <summary>The regular-expression functions of §6.6: .NET dialect, match anywhere, all matches replaced, timeouts.</summary>
public sealed class RegexFunctionTests
{
    private const string Record = "Empty=blank;Code=t:ab-12-cd-345";

    [TestCase("REGEX_MATCH(\"abc\", \"b\")", "b:TRUE")]
    [TestCase("REGEX_MATCH(\"abc\", \"^b\")", "b:FALSE")]
    [TestCase("REGEX_MATCH(\"ABC\", \"abc\")", "b:FALSE")]
    [TestCase("REGEX_MATCH(\"ABC\", \"(?i)abc\")", "b:TRUE")]
    [TestCase("REGEX_MATCH({Empty}, \"^$\")", "b:TRUE")]
    [TestCase("REGEX_MATCH(123, \"^\\d+$\")", "b:TRUE")]
    [TestCase("REGEX_MATCH(\"abc\", \"(\")", "#ERROR!")]
    [TestCase("REGEX_MATCH(ERROR(), \"a\")", "#ERROR!")]
    public void Regex_match_finds_the_pattern_anywhere(string formula, string expected) => Check(formula, expected);

    [TestCase("REGEX_EXTRACT({Code}, \"\\d+\")", "t:12")]
    [TestCase("REGEX_EXTRACT({Code}, \"[a-z]+$\")", "blank")]
    [TestCase("REGEX_EXTRACT({Code}, \"x\")", "blank")]
    [TestCase("REGEX_EXTRACT({Code}, \"[\")", "#ERROR!")]
    [TestCase("REGEX_EXTRACT({Empty}, \".*\")", "t:")]
    public void Regex_extract_returns_the_first_match_or_blank(string formula, string expected) => Check(formula, expected);

    [TestCase("REGEX_REPLACE(\"John Smith\", \"(\\w+) (\\w+)\", \"$2, $1\")", "t:Smith, John")]
    [TestCase("REGEX_REPLACE(\"a.b.c\", \"\\.\", \"-\")", "t:a-b-c")]
    [TestCase("REGEX_REPLACE({Code}, \"\\d\", \"#\")", "t:ab-##-cd-###")]
    [TestCase("REGEX_REPLACE({Code}, \"z\", \"#\")", "t:ab-12-cd-345")]
    [TestCase("REGEX_REPLACE({Code}, \"*\", \"#\")", "#ERROR!")]
    [TestCase("REGEX_REPLACE({Empty}, \"^\", \"x\")", "t:x")]
    public void Regex_replace_replaces_every_match(string formula, string expected) => Check(formula, expected);

    [Test]
    public void Regex_functions_give_an_error_when_a_match_runs_too_long()
    {
        Assert.That(Formulas.Eval("REGEX_MATCH(REPT(\"a\", 40) & \"!\", \"^(a+)+$\")"), Is.EqualTo(V.Error));
    }

    [Test]
    public void Regex_functions_read_patterns_from_fields_beyond_the_cache_size()
    {
        var scenario = new FormulaScenario().With("Text", "value-7").With("Pattern", "");
        var formula = scenario.Compile("REGEX_MATCH({Text}, {Pattern})");
        for (var i = 0; i < 100; i++)
        {
            var record = new FormulaScenario().With("Text", "value-7").With("Pattern", $"-{i % 10}$");
            var expected = V.Bool(i % 10 == 7);
            Assert.That(formula.Evaluate(record, record.Environment()), Is.EqualTo(expected));
        }
    }

    private static void Check(string formula, string expected) =>
        Assert.That(Formulas.Eval(formula, Record), Is.EqualTo(V.Parse(expected)));
}
