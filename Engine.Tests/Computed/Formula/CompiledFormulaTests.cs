using SoftrLite.Formula;

namespace SoftrLite.Tests.Computed.Formula;

/// <summary>What a compiled formula reports: referenced ids, rendering after renames, volatility, result type.</summary>
public sealed class CompiledFormulaTests
{
    private static FormulaScenario Table() => new FormulaScenario()
        .With("A", 1)
        .With("B", "b")
        .With("Due Date", new DateOnly(2025, 6, 1))
        .With("Seen", new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero))
        .With("Tags", V.Array(V.Text("x")))
        .With("Any", V.Blank, FormulaResultType.Unknown);

    [Test]
    public void ReferencedFieldIds_lists_each_field_once_in_order_of_first_reference()
    {
        var table = Table();
        var formula = table.Compile("{B} & {A} & {B} & LEN({Due Date})");
        Assert.That(formula.ReferencedFieldIds, Is.EqualTo(new[] { table.IdOf("B"), table.IdOf("A"), table.IdOf("Due Date") }));
        Assert.That(table.Compile("1 + 2").ReferencedFieldIds, Is.Empty);
    }

    [Test]
    public void Render_writes_the_current_names_of_renamed_fields()
    {
        var table = Table();
        var formula = table.Compile("IF({A} > 0,\n  {B} & {A}, 'none')");
        var idOfA = table.IdOf("A");
        var rendered = formula.Render(id => id == idOfA ? "Amount" : null);
        Assert.That(rendered, Is.EqualTo("IF({Amount} > 0,\n  {B} & {Amount}, 'none')"));
    }

    [Test]
    public void Render_keeps_the_text_as_written_when_no_name_is_given()
    {
        var formula = Table().Compile("  {A}+{B}  ");
        Assert.That(formula.Render(_ => null), Is.EqualTo("  {A}+{B}  "));
        Assert.That(formula.Text, Is.EqualTo("  {A}+{B}  "));
    }

    [Test]
    public void Render_escapes_braces_and_backslashes_so_the_text_compiles_back_to_the_same_field()
    {
        var table = Table();
        var formula = table.Compile("{A} * 2");
        var idOfA = table.IdOf("A");
        const string awkward = "Cost {net} \\ unit";
        var rendered = formula.Render(id => id == idOfA ? awkward : null);
        Assert.That(rendered, Is.EqualTo("{Cost \\{net\\} \\\\ unit} * 2"));

        var renamed = new FormulaScenario().With(awkward, 21);
        Assert.That(renamed.Evaluate(rendered), Is.EqualTo(V.Num(42)));
    }

    [TestCase("NOW()", true)]
    [TestCase("today()", true)]
    [TestCase("RAND()", true)]
    [TestCase("RANDBETWEEN(1, 6)", true)]
    [TestCase("DAYS_IN_MONTH()", true)]
    [TestCase("IF({A} > 5, NOW(), {Due Date})", true)]
    [TestCase("DATETIME_DIFF({Due Date}, TODAY(), 'days')", true)]
    [TestCase("DAYS_IN_MONTH({Due Date})", false)]
    [TestCase("{A} + 1", false)]
    [TestCase("CREATED_TIME()", false)]
    [TestCase("LAST_MODIFIED_TIME()", false)]
    public void IsVolatile_is_true_only_for_formulas_calling_the_clock_or_the_random_source(string formula, bool expected)
    {
        Assert.That(Table().Compile(formula).IsVolatile, Is.EqualTo(expected));
    }

    [TestCase("LAST_MODIFIED_TIME()", true)]
    [TestCase("IF({A}, DATESTR(LAST_MODIFIED_TIME()))", true)]
    [TestCase("CREATED_TIME()", false)]
    public void ReadsLastModifiedTime_is_true_for_formulas_calling_last_modified_time(string formula, bool expected)
    {
        Assert.That(Table().Compile(formula).ReadsLastModifiedTime, Is.EqualTo(expected));
    }

    [TestCase("{A} * 1.1", "Number")]
    [TestCase("-{B}", "Number")]
    [TestCase("{A} & 'x'", "Text")]
    [TestCase("{A} = 1", "Boolean")]
    [TestCase("TRUE", "Boolean")]
    [TestCase("TODAY()", "Date")]
    [TestCase("NOW()", "Instant")]
    [TestCase("{Tags}", "Array")]
    [TestCase("{Any}", "Unknown")]
    [TestCase("IF({A}, 1, 'a')", "Unknown")]
    [TestCase("IF({A}, 1)", "Number")]
    [TestCase("IF({A}, BLANK(), 5)", "Number")]
    [TestCase("IF({A} < 0, ERROR(), {A} * 2)", "Number")]
    [TestCase("IFERROR({A} / 0, 0)", "Number")]
    [TestCase("IFERROR({A} / 0, 'none')", "Unknown")]
    [TestCase("BLANK()", "Unknown")]
    [TestCase("SWITCH({A}, 1, 'one', 2, 'two', 'many')", "Text")]
    [TestCase("SWITCH({A}, 1, 'one', 2, 3)", "Unknown")]
    [TestCase("DATETIME_PARSE({B}, 'MM/DD/YYYY')", "Date")]
    [TestCase("DATETIME_PARSE({B}, 'MM/DD/YYYY HH:mm')", "Instant")]
    [TestCase("DATETIME_PARSE({B}, 'LLL')", "Instant")]
    [TestCase("DATETIME_PARSE({B})", "Unknown")]
    [TestCase("DATETIME_PARSE({Due Date})", "Date")]
    [TestCase("DATEADD({Due Date}, 1, 'days')", "Date")]
    [TestCase("DATEADD({Due Date}, 1, 'hours')", "Instant")]
    [TestCase("DATEADD({Seen}, 1, 'days')", "Instant")]
    [TestCase("DATEADD({B}, 1, 'days')", "Unknown")]
    [TestCase("DATETIME_FORMAT({Seen}, 'YYYY')", "Text")]
    [TestCase("SET_TIMEZONE({Seen}, 'Europe/Paris')", "Instant")]
    [TestCase("REGEX_MATCH({B}, 'x')", "Boolean")]
    [TestCase("ARRAYJOIN({Tags})", "Text")]
    [TestCase("WORKDAY({Due Date}, 3)", "Date")]
    [TestCase("DATETIME({B})", "Instant")]
    public void ResultType_is_inferred_from_the_formula(string formula, string expected)
    {
        Assert.That(Table().Compile(formula).ResultType, Is.EqualTo(Enum.Parse<FormulaResultType>(expected)));
    }

    [Test]
    public void Evaluate_gives_the_same_results_when_called_concurrently()
    {
        var table = new FormulaScenario().With("Text", "order-123-abc");
        var formula = table.Compile("REGEX_EXTRACT({Text}, '[0-9]+') & DATETIME_FORMAT(SET_TIMEZONE(NOW(), 'Asia/Tokyo'), 'HH:mm')");
        var results = new FormulaValue[200];
        Parallel.For(0, results.Length, i => results[i] = formula.Evaluate(table, table.Environment()));
        Assert.That(results, Has.All.EqualTo(V.Text("12305:42")));
    }

    [TestCase("REPT('x', 1e9)")]
    [TestCase("DATEADD(TODAY(), 1e12, 'years')")]
    [TestCase("DATEADD(NOW(), 1e300, 'ms')")]
    [TestCase("WORKDAY(TODAY(), 1e9)")]
    [TestCase("REGEX_MATCH(REPT('a', 40) & '!', '^(a+)+$')")]
    [TestCase("REGEX_REPLACE('abc', '(', 'x')")]
    [TestCase("SET_TIMEZONE(NOW(), 'Not/AZone')")]
    [TestCase("DATETIME_PARSE('99999999999999999999', 'X')")]
    [TestCase("EDATE(TODAY(), 200000)")]
    [TestCase("10 ^ 400")]
    public void Evaluate_returns_an_error_value_instead_of_throwing(string formula)
    {
        Assert.That(Formulas.Eval(formula), Is.EqualTo(V.Error));
    }

    [Test]
    public void Evaluate_throws_argument_null_exception_for_null_inputs()
    {
        var table = Table();
        var formula = table.Compile("1");
        Assert.That(() => formula.Evaluate(null!, table.Environment()), Throws.ArgumentNullException);
        Assert.That(() => formula.Evaluate(table, null!), Throws.ArgumentNullException);
        Assert.That(() => formula.Render(null!), Throws.ArgumentNullException);
    }
}
