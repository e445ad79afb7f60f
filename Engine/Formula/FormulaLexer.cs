using System.Globalization;
using System.Text;

namespace SoftrLite.Formula;

/// <summary>Splits formula text into tokens; reports the position of the first character it cannot read.</summary>
internal static class FormulaLexer
{
    /// <summary>The tokens of <paramref name="text"/>, ending with an <see cref="TokenKind.End"/> token.</summary>
    /// <exception cref="FormulaSyntaxException">A character or literal that cannot be read.</exception>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                tokens.Add(new Token(TokenKind.End, i, i, "", 0));
                return tokens;
            }

            var token = ReadToken(text, i);
            tokens.Add(token);
            i = token.End;
        }
    }

    private static Token ReadToken(string text, int start)
    {
        var c = text[start];
        var next = start + 1 < text.Length ? text[start + 1] : '\0';
        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(next)))
        {
            return ReadNumber(text, start);
        }

        if (c is '"' or '\'')
        {
            return ReadText(text, start);
        }

        if (c == '{')
        {
            return ReadField(text, start);
        }

        if (char.IsLetter(c) || c == '_')
        {
            var end = start + 1;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }

            return new Token(TokenKind.Identifier, start, end, text[start..end], 0);
        }

        return ReadOperator(text, start, c, next);
    }

    private static Token ReadOperator(string text, int start, char c, char next)
    {
        TokenKind kind;
        var length = 1;
        switch (c)
        {
            case '(': kind = TokenKind.OpenParen; break;
            case ')': kind = TokenKind.CloseParen; break;
            case ',': kind = TokenKind.Comma; break;
            case '+': kind = TokenKind.Plus; break;
            case '-': kind = TokenKind.Minus; break;
            case '*': kind = TokenKind.Star; break;
            case '/': kind = TokenKind.Slash; break;
            case '^': kind = TokenKind.Caret; break;
            case '&' when next == '&':
                throw Unsupported("&&", "AND(…)", start);
            case '&': kind = TokenKind.Ampersand; break;
            case '=' when next == '=':
                throw Unsupported("==", "=", start);
            case '=': kind = TokenKind.Equal; break;
            case '!' when next == '=':
                kind = TokenKind.NotEqual;
                length = 2;
                break;
            case '!':
                throw Unsupported("!", "NOT(…)", start);
            case '<' when next == '>':
                throw Unsupported("<>", "!=", start);
            case '<' when next == '=':
                kind = TokenKind.LessOrEqual;
                length = 2;
                break;
            case '<': kind = TokenKind.Less; break;
            case '>' when next == '=':
                kind = TokenKind.GreaterOrEqual;
                length = 2;
                break;
            case '>': kind = TokenKind.Greater; break;
            case '|' when next == '|':
                throw Unsupported("||", "OR(…)", start);
            case '%':
                throw Unsupported("%", "MOD(…)", start);
            case '\u201C' or '\u201D' or '\u2018' or '\u2019':
                throw new FormulaSyntaxException($"Typographic quote '{c}' at position {start}; text must be written between straight quotes (\" or ').", start);
            default:
                throw new FormulaSyntaxException($"Unexpected character '{c}' at position {start}.", start);
        }

        return new Token(kind, start, start + length, "", 0);
    }

    private static FormulaSyntaxException Unsupported(string written, string instead, int position) =>
        new($"The operator '{written}' at position {position} is not part of the formula language; use {instead} instead.", position);

    private static Token ReadNumber(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
        {
            end++;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }
        }

        if (end < text.Length && text[end] is 'e' or 'E')
        {
            var exponent = end + 1;
            if (exponent < text.Length && text[exponent] is '+' or '-')
            {
                exponent++;
            }

            if (exponent < text.Length && char.IsAsciiDigit(text[exponent]))
            {
                end = exponent;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }
            }
        }

        var value = double.Parse(text.AsSpan(start, end - start), NumberStyles.Float, CultureInfo.InvariantCulture);
        if (!double.IsFinite(value))
        {
            throw new FormulaSyntaxException($"The number at position {start} is too large.", start);
        }

        return new Token(TokenKind.Number, start, end, "", value);
    }

    private static Token ReadText(string text, int start)
    {
        var quote = text[start];
        var builder = new StringBuilder();
        var i = start + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == quote)
            {
                return new Token(TokenKind.Text, start, i + 1, builder.ToString(), 0);
            }

            // \" \' and \\ are escapes; any other backslash is kept, so that regex text such as "\D" arrives intact.
            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '"' or '\'' or '\\')
            {
                builder.Append(text[i + 1]);
                i += 2;
                continue;
            }

            builder.Append(c);
            i++;
        }

        throw new FormulaSyntaxException($"The text starting at position {start} is not closed; expected {quote} before the end of the formula.", start);
    }

    private static Token ReadField(string text, int start)
    {
        var builder = new StringBuilder();
        var i = start + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '}')
            {
                if (builder.Length == 0)
                {
                    throw new FormulaSyntaxException($"Empty field reference at position {start}; expected a field name between the braces.", start);
                }

                return new Token(TokenKind.Field, start, i + 1, builder.ToString(), 0);
            }

            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '{' or '}' or '\\')
            {
                builder.Append(text[i + 1]);
                i += 2;
                continue;
            }

            builder.Append(c);
            i++;
        }

        throw new FormulaSyntaxException($"The field reference starting at position {start} is not closed; expected '}}' before the end of the formula.", start);
    }

    /// <summary>A field name written so that the lexer reads it back unchanged: <c>\</c>, <c>{</c> and <c>}</c> get a backslash.</summary>
    public static string EscapeFieldName(string name)
    {
        if (name.AsSpan().IndexOfAny("\\{}") < 0)
        {
            return name;
        }

        var builder = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (c is '\\' or '{' or '}')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
