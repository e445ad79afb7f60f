namespace SoftrLite.Identity;

/// <summary>
/// Makes every ID the engine hands out. Seeded, it gives the same sequence on every run, so tests and
/// fixtures are reproducible; unseeded, it draws from a per-engine random source.
/// </summary>
internal sealed class IdGenerator
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private readonly Lock _gate = new();
    private Random _random;

    public IdGenerator(int? seed) => _random = seed is { } s ? new Random(s) : new Random();

    /// <summary>Starts the sequence again: from <paramref name="seed"/>, or from a new random source.</summary>
    public void Reseed(int? seed)
    {
        lock (_gate)
        {
            _random = seed is { } s ? new Random(s) : new Random();
        }
    }

    public Guid NewUuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        lock (_gate)
        {
            _random.NextBytes(bytes);
        }

        // RFC 9562 version 4 (random) with the RFC variant, as Guid.NewGuid() makes them.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public string NewShortId(int length)
    {
        return string.Create(length, this, static (span, self) =>
        {
            lock (self._gate)
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = Alphabet[self._random.Next(Alphabet.Length)];
                }
            }
        });
    }

    /// <summary>A 14-character ID for tables, views, records and tokens.</summary>
    public string NewLongId() => NewShortId(14);

    /// <summary>A 5-character ID for fields and select choices.</summary>
    public string NewFieldId() => NewShortId(5);
}
