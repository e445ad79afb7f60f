namespace SoftrLite.Formula;

/// <summary>A formula that cannot be compiled: bad syntax, unknown function or field, wrong argument count, removed name.</summary>
internal sealed class FormulaSyntaxException : Exception
{
    /// <summary>Creates the exception; <paramref name="position"/> is the 0-based character offset of the problem.</summary>
    public FormulaSyntaxException(string message, int position)
        : base(message)
    {
        Position = position;
    }

    /// <summary>Creates the exception at position 0.</summary>
    public FormulaSyntaxException()
        : this("The formula is invalid.", 0)
    {
    }

    /// <summary>Creates the exception at position 0.</summary>
    public FormulaSyntaxException(string message)
        : this(message, 0)
    {
    }

    /// <summary>Creates the exception at position 0 wrapping <paramref name="innerException"/>.</summary>
    public FormulaSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The 0-based character offset in the formula text where the problem was found.</summary>
    public int Position { get; }
}
