namespace SoftrLite.Tests.Contract;

/// <summary>One way a JSON value breaks a schema.</summary>
/// <param name="Pointer">Where, as a JSON pointer (RFC 6901); empty for the root.</param>
/// <param name="Problem">What is wrong.</param>
internal sealed record SchemaProblem(string Pointer, string Problem);
