using System.Collections.ObjectModel;

namespace SoftrLite;

/// <summary>
/// A domain failure with one of the API's <see cref="ErrorCode"/>s: bad input, a missing resource,
/// a quota. The data is left exactly as it was before the failing call.
/// </summary>
public sealed class SoftrException : Exception
{
    private static readonly IReadOnlyDictionary<string, string> NoDetails =
        new ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

    /// <summary>Creates an exception with a code, a message and optional details.</summary>
    public SoftrException(ErrorCode code, string message, IReadOnlyDictionary<string, string>? details = null, Exception? innerException = null)
        : this(code, message, details, [], innerException)
    {
    }

    /// <summary>Creates the exception of a failed batch, listing every failing item.</summary>
    public SoftrException(ErrorCode code, string message, IReadOnlyDictionary<string, string>? details, IReadOnlyList<BatchItemError> items, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        Details = details ?? NoDetails;
        Items = items;
    }

    /// <summary>The machine-readable error code.</summary>
    public ErrorCode Code { get; }

    /// <summary>The HTTP status the code maps to.</summary>
    public int HttpStatus => Code.ToHttpStatus();

    /// <summary>Additional context, e.g. <c>fieldId</c> for a field-level failure.</summary>
    public IReadOnlyDictionary<string, string> Details { get; }

    /// <summary>For a failed batch, every failing item; empty otherwise.</summary>
    public IReadOnlyList<BatchItemError> Items { get; }
}
