using System.Security.Cryptography;
using System.Text;

namespace SoftrLite.Identity;

/// <summary>
/// Makes and checks access-token secrets. Secrets come from <see cref="RandomNumberGenerator"/>, unless the engine
/// was given <see cref="SoftrEngineOptions.TokenSecretSeed"/> (tests); only their SHA-256 hash is ever stored.
/// </summary>
internal sealed class TokenSecrets
{
    private const string Prefix = "pat_";
    private const int Length = 32;
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private readonly Random? _seeded;
    private readonly Lock _gate = new();

    public TokenSecrets(int? seed) => _seeded = seed is { } s ? new Random(s) : null;

    /// <summary>A new secret: <c>pat_</c> and 32 letters and digits (190 bits when random).</summary>
    public string NewSecret()
    {
        if (_seeded is null)
        {
            return Prefix + RandomNumberGenerator.GetString(Alphabet, Length);
        }

        lock (_gate)
        {
            return Prefix + string.Create(Length, _seeded, static (span, random) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = Alphabet[random.Next(Alphabet.Length)];
                }
            });
        }
    }

    /// <summary>The stored form of a secret: its SHA-256 hash.</summary>
    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    /// <summary>Whether a stored hash is the hash of <paramref name="secret"/>, compared in constant time.</summary>
    public static bool Matches(byte[] storedHash, string secret) =>
        CryptographicOperations.FixedTimeEquals(storedHash, Hash(secret));
}
