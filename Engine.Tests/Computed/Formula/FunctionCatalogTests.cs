using SoftrLite.Formula;

namespace SoftrLite.Tests.Computed.Formula;

/// <summary>The catalogue: exactly the 81 functions of §6.8, removed names refused, and every function robust to any input.</summary>
public sealed class FunctionCatalogTests
{
    private static readonly string[] Documented =
    [
        "CONCATENATE", "LEFT", "RIGHT", "LEN", "FIND", "SEARCH", "REPLACE", "SUBSTITUTE", "TRIM", "LOWER", "UPPER", "CAPITALIZE",
        "PROPER", "DOMAIN", "MID", "REPT", "T", "STRINGIFY",
        "IF", "AND", "OR", "NOT", "XOR", "SWITCH",
        "ROUND", "CEILING", "FLOOR", "MROUND", "ABS", "SUM", "AVERAGE", "MIN", "MAX", "COUNT", "MOD", "SQRT", "RANDBETWEEN", "RAND", "NUMBER",
        "DATETIME_FORMAT", "DATETIME_PARSE", "SET_TIMEZONE", "NOW", "TODAY", "DATEADD", "DATETIME_DIFF", "CREATED_TIME", "IS_SAME",
        "IS_AFTER", "IS_BEFORE", "LAST_MODIFIED_TIME", "WORKDAY", "WORKDAY_DIFF", "WEEKDAY", "WEEKNUM", "DATESTR", "DATE", "DATETIME",
        "EDATE", "EOMONTH", "DAY", "MONTH", "YEAR", "HOUR", "MINUTE", "SECOND", "DAYS_IN_MONTH",
        "ARRAYCOMPACT", "ARRAYJOIN", "ARRAYUNIQUE", "ARRAYSLICE",
        "REGEX_MATCH", "REGEX_EXTRACT", "REGEX_REPLACE",
        "RECORD_ID", "ISERROR", "BLANK", "ERROR", "IFERROR", "TRUE", "FALSE",
    ];

    private static readonly string[] WithArguments = [.. Documented.Where(name => Definition(name).MinArguments > 0)];

    private static readonly string[] Eager = [.. WithArguments.Except(["IF", "SWITCH", "OR", "ISERROR", "IFERROR"])];

    private static readonly string[] OddArguments = ["'x'", "''", "{Day}", "{Moment}", "{Tags}", "{Empty}", "TRUE", "-1", "0", "1e300", "'2025-13-45'"];

    private const string Record = "Empty=blank;Day=d:2025-06-15;Moment=i:2025-06-15T14:30:00Z;Tags=a:t:x|n:2|d:2025-06-15";

    [Test]
    public void Catalogue_holds_exactly_the_81_documented_functions()
    {
        Assert.That(Documented, Has.Length.EqualTo(81).And.Unique);
        Assert.That(FunctionTable.Names, Is.EquivalentTo(Documented));
    }

    [TestCaseSource(nameof(Documented))]
    public void Every_function_is_accepted_in_lower_case(string name)
    {
        var formula = Call(name.ToLowerInvariant(), Definition(name).MinArguments, _ => "1");
        Assert.That(() => new FormulaScenario().Compile(formula), Throws.Nothing);
    }

    [TestCaseSource(nameof(Documented))]
    public void Every_function_refuses_too_few_or_too_many_arguments(string name)
    {
        var function = Definition(name);
        var scenario = new FormulaScenario();
        if (function.MinArguments > 0)
        {
            Assert.That(() => scenario.Compile("1 + " + Call(name, function.MinArguments - 1, _ => "1")),
                Throws.TypeOf<FormulaSyntaxException>().With.Property(nameof(FormulaSyntaxException.Position)).EqualTo(4));
        }

        if (function.MaxArguments != FunctionDefinition.Variadic)
        {
            Assert.That(() => scenario.Compile("1 + " + Call(name, function.MaxArguments + 1, _ => "1")),
                Throws.TypeOf<FormulaSyntaxException>().With.Property(nameof(FormulaSyntaxException.Position)).EqualTo(4));
        }
    }

    [TestCaseSource(nameof(WithArguments))]
    public void Every_function_but_iserror_and_iferror_passes_an_error_in_its_first_argument_through(string name)
    {
        var value = Formulas.Eval(Call(name, Definition(name).MinArguments, i => i == 0 ? "1 / 0" : "1"));
        Assert.That(value, Is.EqualTo(name is "ISERROR" ? V.Bool(true) : name is "IFERROR" ? V.Num(1) : V.DivZero));
    }

    [TestCaseSource(nameof(Eager))]
    public void Every_eager_function_passes_an_error_in_its_last_argument_through(string name)
    {
        var count = Math.Max(Definition(name).MinArguments, 1);
        Assert.That(Formulas.Eval(Call(name, count, i => i == count - 1 ? "ERROR()" : "1")), Is.EqualTo(V.Error));
    }

    [TestCaseSource(nameof(Documented))]
    public void Every_function_accepts_values_of_any_kind_without_throwing(string name)
    {
        var function = Definition(name);
        var counts = new[] { function.MinArguments, Math.Min(function.MaxArguments, function.MinArguments + 1) }.Distinct();
        foreach (var count in counts)
        {
            foreach (var argument in OddArguments)
            {
                var formula = Call(name, count, _ => argument);
                var scenario = new FormulaScenario().WithFields(Record);
                Assert.That(() => scenario.Evaluate(formula), Throws.Nothing, formula);
            }
        }
    }

    [TestCase("TEXT(1, \"YYYY\")")]
    [TestCase("text({Day}, \"YYYY\")")]
    [TestCase("VALUE(\"1\")")]
    [TestCase("INT(1.5)")]
    [TestCase("POWER(2, 3)")]
    [TestCase("Power(2, 3)")]
    [TestCase("DATESUB({Day}, 1, \"month\")")]
    [TestCase("ARRAYFLATTEN({Tags})")]
    [TestCase("IS_SAME({Day}, {Day}, \"day\")")]
    public void Compile_refuses_functions_removed_from_the_language(string formula)
    {
        var scenario = new FormulaScenario().WithFields(Record);
        Assert.That(() => scenario.Compile("2 * " + formula),
            Throws.TypeOf<FormulaSyntaxException>().With.Property(nameof(FormulaSyntaxException.Position)).EqualTo(4));
    }

    private static FunctionDefinition Definition(string name)
    {
        Assert.That(FunctionTable.TryGet(name, out var function), Is.True, name);
        return function;
    }

    private static string Call(string name, int count, Func<int, string> argument) =>
        $"{name}({string.Join(", ", Enumerable.Range(0, count).Select(argument))})";
}
