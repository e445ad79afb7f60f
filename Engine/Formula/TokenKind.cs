namespace SoftrLite.Formula;

/// <summary>The kinds of token in formula text.</summary>
internal enum TokenKind
{
    End,
    Number,
    Text,
    Field,
    Identifier,
    OpenParen,
    CloseParen,
    Comma,
    Plus,
    Minus,
    Star,
    Slash,
    Caret,
    Ampersand,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
