namespace SoftrLite.Rest;

/// <summary>A response as the cloud API would send it.</summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Body">The JSON body; <see langword="null"/> for 204 No Content.</param>
public sealed record RestResponse(int Status, string? Body);
