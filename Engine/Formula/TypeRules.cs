namespace SoftrLite.Formula;

/// <summary>Static result-type helpers shared by the function groups.</summary>
internal static class TypeRules
{
    /// <summary>The common type of several branches: blanks and errors fit anything; a mix of types is Unknown.</summary>
    public static FormulaResultType? Unify(IEnumerable<Node> branches)
    {
        FormulaResultType? result = null;
        foreach (var branch in branches)
        {
            if (branch.StaticType is not { } type)
            {
                continue;
            }

            if (result is null)
            {
                result = type;
            }
            else if (result != type)
            {
                return FormulaResultType.Unknown;
            }
        }

        return result;
    }

    /// <summary>The literal text of an argument, when it is a text literal.</summary>
    public static string? LiteralText(IReadOnlyList<Node> arguments, int index) =>
        index < arguments.Count && arguments[index] is LiteralNode { Value.Kind: FormulaValueKind.Text } literal ? literal.Value.Text : null;
}
