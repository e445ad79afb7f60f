namespace SoftrLite.Server;

/// <summary>An access token the emulator makes at start (<c>--token SECRET[:ACCESS]</c>), reaching the default workspace.</summary>
/// <param name="Secret">The value clients send in <c>Softr-Api-Key</c>.</param>
/// <param name="Access">What it may do.</param>
public sealed record ServerToken(string Secret, TokenAccess Access);
