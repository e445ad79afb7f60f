namespace SoftrLite.Formula;

/// <summary>Recursive-descent parser: tokens to a tree of nodes, binding field names and checking functions and argument counts.</summary>
/// <remarks>Precedence, highest first: unary minus/plus; <c>^</c>; <c>* /</c>; <c>+ -</c>; <c>&amp;</c>; comparisons. All binary operators are left-associative.</remarks>
internal sealed class FormulaParser
{
    /// <summary>The deepest nesting accepted (keeps parsing and evaluation far from a stack overflow).</summary>
    public const int MaxDepth = 256;

    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly IFormulaFields _fields;
    private readonly List<FieldReference> _references = [];
    private int _index;
    private int _nesting;

    /// <summary>Creates a parser over the <paramref name="tokens"/> of <paramref name="text"/>, resolving fields through <paramref name="fields"/>.</summary>
    public FormulaParser(string text, List<Token> tokens, IFormulaFields fields)
    {
        _text = text;
        _tokens = tokens;
        _fields = fields;
    }

    /// <summary>The field references in text order.</summary>
    public IReadOnlyList<FieldReference> References => _references;

    /// <summary>Whether a volatile function (NOW, TODAY, RAND, RANDBETWEEN, DAYS_IN_MONTH()) is called.</summary>
    public bool IsVolatile { get; private set; }

    /// <summary>Whether LAST_MODIFIED_TIME() is called.</summary>
    public bool ReadsLastModifiedTime { get; private set; }

    private Token Current => _tokens[_index];

    /// <summary>Parses the whole formula.</summary>
    /// <exception cref="FormulaSyntaxException">The text is not a valid formula.</exception>
    public Node ParseFormula()
    {
        var root = ParseExpression();
        if (Current.Kind != TokenKind.End)
        {
            throw Unexpected("an operator or the end of the formula");
        }

        return root;
    }

    private Node ParseExpression()
    {
        if (++_nesting > MaxDepth)
        {
            throw new FormulaSyntaxException($"The formula nests too deeply at position {Current.Start}; at most {MaxDepth} levels are allowed.", Current.Start);
        }

        var node = ParseComparison();
        _nesting--;
        return node;
    }

    private Node ParseComparison()
    {
        var left = ParseConcatenation();
        while (ComparisonOperator(Current.Kind) is { } op)
        {
            var token = Next();
            left = Binary(token, op, left, ParseConcatenation());
        }

        return left;
    }

    private Node ParseConcatenation()
    {
        var left = ParseAdditive();
        while (Current.Kind == TokenKind.Ampersand)
        {
            var token = Next();
            left = Binary(token, BinaryOperator.Concatenate, left, ParseAdditive());
        }

        return left;
    }

    private Node ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Current.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var token = Next();
            var op = token.Kind == TokenKind.Plus ? BinaryOperator.Add : BinaryOperator.Subtract;
            left = Binary(token, op, left, ParseMultiplicative());
        }

        return left;
    }

    private Node ParseMultiplicative()
    {
        var left = ParsePower();
        while (Current.Kind is TokenKind.Star or TokenKind.Slash)
        {
            var token = Next();
            var op = token.Kind == TokenKind.Star ? BinaryOperator.Multiply : BinaryOperator.Divide;
            left = Binary(token, op, left, ParsePower());
        }

        return left;
    }

    private Node ParsePower()
    {
        var left = ParseUnary();
        while (Current.Kind == TokenKind.Caret)
        {
            var token = Next();
            left = Binary(token, BinaryOperator.Power, left, ParseUnary());
        }

        return left;
    }

    private Node ParseUnary()
    {
        if (Current.Kind is not (TokenKind.Minus or TokenKind.Plus))
        {
            return ParsePrimary();
        }

        var token = Next();
        if (++_nesting > MaxDepth)
        {
            throw new FormulaSyntaxException($"The formula nests too deeply at position {token.Start}; at most {MaxDepth} levels are allowed.", token.Start);
        }

        var operand = ParseUnary();
        _nesting--;
        return Checked(new UnaryNode(token.Start, operand, token.Kind == TokenKind.Minus));
    }

    private Node ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Next();
                return new LiteralNode(token.Start, FormulaValue.FromNumber(token.Number));
            case TokenKind.Text:
                Next();
                return new LiteralNode(token.Start, FormulaValue.FromText(token.Text));
            case TokenKind.Field:
                Next();
                return BindField(token);
            case TokenKind.Identifier:
                Next();
                return ParseIdentifier(token);
            case TokenKind.OpenParen:
                Next();
                var inner = ParseExpression();
                Expect(TokenKind.CloseParen, "')' to close the '(' at position " + token.Start);
                return inner;
            default:
                throw Unexpected("a value, a {Field}, a function call or '('");
        }
    }

    private FieldNode BindField(Token token)
    {
        if (!_fields.TryResolve(token.Text, out var fieldId, out var type))
        {
            throw new FormulaSyntaxException($"Unknown field '{token.Text}' at position {token.Start}.", token.Start);
        }

        _references.Add(new FieldReference(token.Start, token.End, fieldId));
        return new FieldNode(token.Start, fieldId, type);
    }

    private Node ParseIdentifier(Token name)
    {
        if (Current.Kind != TokenKind.OpenParen)
        {
            if (name.Text.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || name.Text.Equals("FALSE", StringComparison.OrdinalIgnoreCase))
            {
                return new LiteralNode(name.Start, FormulaValue.FromBoolean(name.Text.Length == 4));
            }

            throw new FormulaSyntaxException(
                $"Unexpected name '{name.Text}' at position {name.Start}; field names must be written in braces ({{{name.Text}}}) and functions need parentheses.",
                name.Start);
        }

        if (FunctionTable.TryGetRemoved(name.Text, out var advice))
        {
            throw new FormulaSyntaxException($"The function {name.Text.ToUpperInvariant()} (position {name.Start}) was removed from the formula language; {advice}.", name.Start);
        }

        if (!FunctionTable.TryGet(name.Text, out var function))
        {
            throw new FormulaSyntaxException($"Unknown function '{name.Text}' at position {name.Start}.", name.Start);
        }

        var open = Next();
        var arguments = ParseArguments(open);
        CheckArity(name, function, arguments.Count);
        IsVolatile |= function.IsVolatile(arguments.Count);
        ReadsLastModifiedTime |= function.Name == "LAST_MODIFIED_TIME";
        return Checked(new CallNode(name.Start, function, [.. arguments]));
    }

    private List<Node> ParseArguments(Token open)
    {
        var arguments = new List<Node>();
        if (Current.Kind == TokenKind.CloseParen)
        {
            Next();
            return arguments;
        }

        while (true)
        {
            arguments.Add(ParseExpression());
            if (Current.Kind == TokenKind.Comma)
            {
                Next();
                continue;
            }

            Expect(TokenKind.CloseParen, "',' or ')' to close the '(' at position " + open.Start);
            return arguments;
        }
    }

    private static void CheckArity(Token name, FunctionDefinition function, int count)
    {
        if (count >= function.MinArguments && count <= function.MaxArguments)
        {
            return;
        }

        if (function.Name == "IS_SAME" && count == 3)
        {
            throw new FormulaSyntaxException($"The unit argument of IS_SAME (position {name.Start}) was removed from the formula language; IS_SAME takes 2 arguments.", name.Start);
        }

        throw new FormulaSyntaxException($"{function.Name} at position {name.Start} takes {function.DescribeArity()}; got {count}.", name.Start);
    }

    private static BinaryOperator? ComparisonOperator(TokenKind kind) => kind switch
    {
        TokenKind.Equal => BinaryOperator.Equal,
        TokenKind.NotEqual => BinaryOperator.NotEqual,
        TokenKind.Less => BinaryOperator.Less,
        TokenKind.LessOrEqual => BinaryOperator.LessOrEqual,
        TokenKind.Greater => BinaryOperator.Greater,
        TokenKind.GreaterOrEqual => BinaryOperator.GreaterOrEqual,
        _ => null,
    };

    private static Node Binary(Token token, BinaryOperator op, Node left, Node right) =>
        Checked(new BinaryNode(token.Start, op, left, right));

    private static Node Checked(Node node)
    {
        if (node.Depth > MaxDepth)
        {
            throw new FormulaSyntaxException($"The formula nests too deeply at position {node.Position}; at most {MaxDepth} levels are allowed.", node.Position);
        }

        return node;
    }

    private Token Next()
    {
        var token = _tokens[_index];
        if (token.Kind != TokenKind.End)
        {
            _index++;
        }

        return token;
    }

    private void Expect(TokenKind kind, string expected)
    {
        if (Current.Kind != kind)
        {
            throw Unexpected(expected);
        }

        Next();
    }

    private FormulaSyntaxException Unexpected(string expected)
    {
        var token = Current;
        var found = token.Kind == TokenKind.End ? "the end of the formula" : $"'{_text[token.Start..token.End]}'";
        return new FormulaSyntaxException($"Expected {expected} at position {token.Start}; found {found}.", token.Start);
    }
}
