namespace SoftrLite.Formula;

/// <summary>Compiles formula text into a <see cref="CompiledFormula"/>, binding <c>{Field Name}</c> references to field ids.</summary>
internal sealed class FormulaCompiler
{
    private FormulaCompiler()
    {
    }

    /// <summary>Compiles <paramref name="text"/>; names are resolved through <paramref name="fields"/>.</summary>
    /// <exception cref="FormulaSyntaxException">Bad syntax, unknown function or field, wrong argument count, or a removed function name.</exception>
    public static CompiledFormula Compile(string text, IFormulaFields fields)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fields);
        var tokens = FormulaLexer.Tokenize(text);
        var parser = new FormulaParser(text, tokens, fields);
        var root = parser.ParseFormula();
        return new CompiledFormula(text, root, parser.References, parser.IsVolatile, parser.ReadsLastModifiedTime);
    }
}
