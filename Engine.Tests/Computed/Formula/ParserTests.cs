using SoftrLite.Formula;

namespace SoftrLite.Tests.Computed.Formula;

/// <summary>Lexer and parser: precedence, associativity, literals, escapes, whitespace, field names.</summary>
public sealed class ParserTests
{
    [TestCase("1 + 2 * 3", "n:7")]
    [TestCase("(1 + 2) * 3", "n:9")]
    [TestCase("2 * 3 ^ 2", "n:18")]
    [TestCase("-2^2", "n:4")]
    [TestCase("-(2^2)", "n:-4")]
    [TestCase("2^3^2", "n:64")]
    [TestCase("2^-1", "n:0.5")]
    [TestCase("10 - 4 - 3", "n:3")]
    [TestCase("100 / 10 / 5", "n:2")]
    [TestCase("1 + 2 & 3", "t:33")]
    [TestCase("\"a\" & 1 + 2", "t:a3")]
    [TestCase("\"a\" & \"b\" & \"c\"", "t:abc")]
    [TestCase("1 + 1 = 2", "b:TRUE")]
    [TestCase("\"1\" & \"2\" = \"12\"", "b:TRUE")]
    [TestCase("1 < 2 = TRUE()", "b:TRUE")]
    [TestCase("3 > 2 > 1", "b:FALSE")]
    [TestCase("- -3", "n:3")]
    [TestCase("+5", "n:5")]
    [TestCase("3 - -2", "n:5")]
    [TestCase("2 * -3", "n:-6")]
    [TestCase("((((7))))", "n:7")]
    public void Evaluate_follows_operator_precedence_and_left_associativity(string formula, string expected)
    {
        Assert.That(Formulas.Eval(formula), Is.EqualTo(V.Parse(expected)));
    }

    [TestCase("1.5", 1.5)]
    [TestCase("0.05", 0.05)]
    [TestCase(".5", 0.5)]
    [TestCase("1e3", 1000)]
    [TestCase("2.5E-1", 0.25)]
    [TestCase("93291.13", 93291.13)]
    [TestCase("007", 7)]
    public void Evaluate_reads_number_literals(string formula, double expected)
    {
        Assert.That(Formulas.Eval(formula), Is.EqualTo(V.Num(expected)));
    }

    [TestCase("\"At Risk\"", "At Risk")]
    [TestCase("'Active'", "Active")]
    [TestCase("\"it's\"", "it's")]
    [TestCase("'say \"hi\"'", "say \"hi\"")]
    [TestCase("\"a\\\"b\"", "a\"b")]
    [TestCase("'it\\'s'", "it's")]
    [TestCase("\"a\\\\b\"", "a\\b")]
    [TestCase("\"\\D\"", "\\D")]
    [TestCase("\"\\.\"", "\\.")]
    [TestCase("\"\"", "")]
    [TestCase("\"line\nbreak\"", "line\nbreak")]
    public void Evaluate_reads_text_literals_with_escapes(string formula, string expected)
    {
        Assert.That(Formulas.Eval(formula), Is.EqualTo(V.Text(expected)));
    }

    [Test]
    public void Evaluate_ignores_spaces_tabs_and_line_breaks_between_tokens()
    {
        const string formula = "IF(\n  {Score} > 90,\n\t\"A\",\r\n  IF( {Score}>80 , \"B\" , \"C\" )\n)";
        Assert.That(Formulas.Eval(formula, "Score=n:85"), Is.EqualTo(V.Text("B")));
    }

    [TestCase("sum(1, 2)")]
    [TestCase("Sum(1, 2)")]
    [TestCase("SUM(1, 2)")]
    public void Compile_accepts_function_names_in_any_case(string formula)
    {
        Assert.That(Formulas.Eval(formula), Is.EqualTo(V.Num(3)));
    }

    [TestCase("TRUE", true)]
    [TestCase("FALSE", false)]
    [TestCase("true", true)]
    [TestCase("False", false)]
    [TestCase("true()", true)]
    public void Evaluate_accepts_bare_and_called_true_and_false(string formula, bool expected)
    {
        Assert.That(Formulas.Eval(formula), Is.EqualTo(V.Bool(expected)));
    }

    [Test]
    public void Evaluate_resolves_unicode_field_names_exactly()
    {
        var scenario = new FormulaScenario().With("Prix unitaire €", 10).With("名前", "花子").With("Straße", "Hauptstraße");
        Assert.That(scenario.Evaluate("{Prix unitaire €} * 2"), Is.EqualTo(V.Num(20)));
        Assert.That(scenario.Evaluate("{名前} & \"さん\""), Is.EqualTo(V.Text("花子さん")));
        Assert.That(scenario.Evaluate("UPPER({Straße})"), Is.EqualTo(V.Text("HAUPTSTRAßE")));
    }

    [Test]
    public void Evaluate_resolves_field_names_with_escaped_braces_and_backslashes()
    {
        var scenario = new FormulaScenario().With("a}b", 1).With("{x}", 2).With("C:\\temp", 3);
        Assert.That(scenario.Evaluate("{a\\}b} + {\\{x\\}} + {C:\\temp}"), Is.EqualTo(V.Num(6)));
        Assert.That(scenario.Evaluate("{C:\\\\temp}"), Is.EqualTo(V.Num(3)));
    }

    [Test]
    public void Compile_matches_field_names_case_sensitively_and_with_their_spaces()
    {
        var scenario = new FormulaScenario().With("Price", 1).With("Due Date", new DateOnly(2025, 6, 1));
        Assert.That(() => scenario.Compile("{price}"), Throws.TypeOf<FormulaSyntaxException>());
        Assert.That(() => scenario.Compile("{Due  Date}"), Throws.TypeOf<FormulaSyntaxException>());
        Assert.That(() => scenario.Compile("{ Price}"), Throws.TypeOf<FormulaSyntaxException>());
    }

    [TestCase("", 0)]
    [TestCase("   ", 3)]
    [TestCase("1 +", 3)]
    [TestCase("(1 + 2", 6)]
    [TestCase("SUM(1, 2", 8)]
    [TestCase("SUM(1,,2)", 6)]
    [TestCase("SUM(1 2)", 6)]
    [TestCase("1 2", 2)]
    [TestCase("1 + 2)", 5)]
    [TestCase("FOO(1)", 0)]
    [TestCase("1 + FOO(1)", 4)]
    [TestCase("{Missing}", 0)]
    [TestCase("1 + {Missing}", 4)]
    [TestCase("\"abc", 0)]
    [TestCase("1 & 'abc", 4)]
    [TestCase("{abc", 0)]
    [TestCase("{}", 0)]
    [TestCase("1 $ 2", 2)]
    [TestCase("1 == 2", 2)]
    [TestCase("1 <> 2", 2)]
    [TestCase("1 && 2", 2)]
    [TestCase("1 || 2", 2)]
    [TestCase("10 % 3", 3)]
    [TestCase("!TRUE()", 0)]
    [TestCase("Price * 2", 0)]
    [TestCase("\u201COpen\u201D", 0)]
    [TestCase("IF({Score} > 1, 'a', 'b'", 24)]
    [TestCase("LEFT(\"a\")", 0)]
    [TestCase("1 + LEFT(\"a\", 1, 2)", 4)]
    [TestCase("NOW(1)", 0)]
    [TestCase("IF(1)", 0)]
    [TestCase("SWITCH(1, 2)", 0)]
    [TestCase("ROUND(1)", 0)]
    public void Compile_reports_the_position_of_a_syntax_error(string formula, int position)
    {
        var scenario = new FormulaScenario().With("Score", 1);
        Assert.That(() => scenario.Compile(formula),
            Throws.TypeOf<FormulaSyntaxException>().With.Property(nameof(FormulaSyntaxException.Position)).EqualTo(position));
    }

    [Test]
    public void Compile_refuses_formulas_that_nest_too_deeply()
    {
        var parentheses = new string('(', 300) + "1" + new string(')', 300);
        Assert.That(() => new FormulaScenario().Compile(parentheses),
            Throws.TypeOf<FormulaSyntaxException>().With.Property(nameof(FormulaSyntaxException.Position)).EqualTo(FormulaParser.MaxDepth));

        var chain = string.Join("+", Enumerable.Repeat("1", 300));
        Assert.That(() => new FormulaScenario().Compile(chain),
            Throws.TypeOf<FormulaSyntaxException>().With.Property(nameof(FormulaSyntaxException.Position)).EqualTo((2 * FormulaParser.MaxDepth) - 1));
    }

    [Test]
    public void Compile_accepts_a_long_flat_argument_list()
    {
        var formula = "SUM(" + string.Join(", ", Enumerable.Repeat("1", 500)) + ")";
        Assert.That(Formulas.Eval(formula), Is.EqualTo(V.Num(500)));
    }

    [Test]
    public void Compile_throws_argument_null_exception_for_null_inputs()
    {
        Assert.That(() => FormulaCompiler.Compile(null!, new FormulaScenario()), Throws.ArgumentNullException);
        Assert.That(() => FormulaCompiler.Compile("1", null!), Throws.ArgumentNullException);
    }
}
