namespace SoftrLite.Formula;

/// <summary>One function of the language: name, accepted argument counts, body, result type and volatility.</summary>
internal sealed class FunctionDefinition
{
    /// <summary>The maximum argument count of a function that takes any number of arguments.</summary>
    public const int Variadic = int.MaxValue;

    private readonly Volatility _volatility;

    private FunctionDefinition(string name, int minArguments, int maxArguments, ResultTypeRule resultType, EagerFunction? eager, LazyFunction? lazy, Volatility volatility)
    {
        Name = name;
        MinArguments = minArguments;
        MaxArguments = maxArguments;
        ResultType = resultType;
        EagerBody = eager;
        LazyBody = lazy;
        _volatility = volatility;
    }

    /// <summary>The upper-case name.</summary>
    public string Name { get; }

    /// <summary>The fewest arguments accepted.</summary>
    public int MinArguments { get; }

    /// <summary>The most arguments accepted (<see cref="Variadic"/> for no limit).</summary>
    public int MaxArguments { get; }

    /// <summary>The static result type rule.</summary>
    public ResultTypeRule ResultType { get; }

    /// <summary>The body of a function with evaluated arguments, or null.</summary>
    public EagerFunction? EagerBody { get; }

    /// <summary>The body of a function that evaluates its own arguments, or null.</summary>
    public LazyFunction? LazyBody { get; }

    /// <summary>A function whose arguments are evaluated first; an error argument is the result.</summary>
    public static FunctionDefinition Eager(string name, int min, int max, FormulaResultType? type, EagerFunction body, Volatility volatility = Volatility.Never) =>
        new(name, min, max, _ => type, body, null, volatility);

    /// <summary>A function whose arguments are evaluated first, with a computed result type.</summary>
    public static FunctionDefinition Eager(string name, int min, int max, ResultTypeRule type, EagerFunction body) =>
        new(name, min, max, type, body, null, Volatility.Never);

    /// <summary>A function that evaluates its own arguments.</summary>
    public static FunctionDefinition Lazy(string name, int min, int max, ResultTypeRule type, LazyFunction body) =>
        new(name, min, max, type, null, body, Volatility.Never);

    /// <summary>Whether a call with <paramref name="argumentCount"/> arguments depends on the clock or the random source.</summary>
    public bool IsVolatile(int argumentCount) =>
        _volatility == Volatility.Always || (_volatility == Volatility.WithoutArguments && argumentCount == 0);

    /// <summary>A short description of the accepted argument counts, for messages.</summary>
    public string DescribeArity() => (MinArguments, MaxArguments) switch
    {
        (var min, var max) when min == max => min == 1 ? "1 argument" : $"{min} arguments",
        (var min, Variadic) => min == 1 ? "at least 1 argument" : $"at least {min} arguments",
        (var min, var max) => $"{min} to {max} arguments",
    };
}
