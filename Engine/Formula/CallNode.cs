using System.Runtime.CompilerServices;

namespace SoftrLite.Formula;

/// <summary>A function call; eager functions get evaluated arguments on the stack, lazy ones get the argument nodes.</summary>
internal sealed class CallNode : Node
{
    private const int InlineArguments = 8;

    private readonly FunctionDefinition _function;
    private readonly Node[] _arguments;

    /// <summary>Creates a call of <paramref name="function"/>.</summary>
    public CallNode(int position, FunctionDefinition function, Node[] arguments)
        : base(position, function.ResultType(arguments), (arguments.Length == 0 ? 0 : arguments.Max(a => a.Depth)) + 1)
    {
        _function = function;
        _arguments = arguments;
    }

    /// <inheritdoc />
    public override FormulaValue Evaluate(in EvalContext context)
    {
        try
        {
            if (_function.LazyBody is { } lazy)
            {
                return lazy(_arguments, context);
            }

            return _arguments.Length <= InlineArguments ? EvaluateInline(context) : EvaluateOnHeap(context);
        }
        catch (Exception exception) when (IsRuntimeFailure(exception))
        {
            return FormulaValue.GeneralError;
        }
    }

    private static bool IsRuntimeFailure(Exception exception) =>
        exception is ArgumentException or ArithmeticException or FormatException or InvalidOperationException
            or TimeoutException or IndexOutOfRangeException or InvalidTimeZoneException;

    private FormulaValue EvaluateInline(in EvalContext context)
    {
        var buffer = default(ArgumentBuffer);
        Span<FormulaValue> values = buffer;
        values = values[.._arguments.Length];
        for (var i = 0; i < _arguments.Length; i++)
        {
            var value = _arguments[i].Evaluate(context);
            if (value.IsError)
            {
                return value;
            }

            values[i] = value;
        }

        return _function.EagerBody!(values, context);
    }

    private FormulaValue EvaluateOnHeap(in EvalContext context)
    {
        var values = new FormulaValue[_arguments.Length];
        for (var i = 0; i < _arguments.Length; i++)
        {
            var value = _arguments[i].Evaluate(context);
            if (value.IsError)
            {
                return value;
            }

            values[i] = value;
        }

        return _function.EagerBody!(values, context);
    }

    /// <summary>Stack room for the arguments of a call with up to eight of them.</summary>
    [InlineArray(InlineArguments)]
    private struct ArgumentBuffer
    {
        private FormulaValue _element0;
    }
}
