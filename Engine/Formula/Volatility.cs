namespace SoftrLite.Formula;

/// <summary>Whether a function's result depends on the clock or the random source rather than on the record alone.</summary>
internal enum Volatility
{
    Never,
    Always,
    WithoutArguments,
}
