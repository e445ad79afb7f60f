using System.Text;
using Microsoft.Data.Sqlite;
using SoftrLite.Tests.Rest;
using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Schema;

public sealed class TokenSecretTests
{
    [Test]
    public void Create_returns_the_secret_once_and_List_never_does()
    {
        using var engine = TestEngine.Open();
        var token = engine.Tokens.Create("t", TokenAccess.Full, [engine.Workspaces.Default.Id]);
        var client = new RestTestClient(engine) { ApiKey = token.Secret };

        Assert.Multiple(() =>
        {
            Assert.That(token.Secret, Does.StartWith("pat_").And.Length.EqualTo(36));
            Assert.That(engine.Tokens.List().Single().Secret, Is.Null);
            Assert.That(engine.Tokens.List().Single().Id, Is.EqualTo(token.Id));
            Assert.That(client.Send("GET", "/databases").Status, Is.EqualTo(200));
        });
    }

    [Test]
    public void Create_mints_different_secrets_when_two_engines_share_an_id_seed()
    {
        using var first = TestBackend.Open(new SoftrEngineOptions { IdSeed = 1 });
        using var second = TestBackend.Open(new SoftrEngineOptions { IdSeed = 1 });

        var a = first.Tokens.Create("t", TokenAccess.Full, [first.Workspaces.Default.Id]);
        var b = second.Tokens.Create("t", TokenAccess.Full, [second.Workspaces.Default.Id]);

        Assert.That(a.Id, Is.EqualTo(b.Id));
        Assert.That(a.Secret, Is.Not.EqualTo(b.Secret));
    }

    [Test]
    public void Create_mints_the_same_secrets_when_two_engines_share_a_token_secret_seed()
    {
        using var first = TestBackend.Open(new SoftrEngineOptions { TokenSecretSeed = 9 });
        using var second = TestBackend.Open(new SoftrEngineOptions { TokenSecretSeed = 9 });

        var a = first.Tokens.Create("t", TokenAccess.Full, [first.Workspaces.Default.Id]);
        var b = second.Tokens.Create("t", TokenAccess.Full, [second.Workspaces.Default.Id]);

        Assert.That(a.Secret, Is.EqualTo(b.Secret));
    }

    [Test]
    public void Catalog_file_holds_no_secret_in_clear()
    {
        var directory = Directory.CreateTempSubdirectory("softrlite-secret-").FullName;
        try
        {
            string secret;
            using (var engine = SoftrEngine.Open(directory))
            {
                secret = engine.Tokens.Create("t", TokenAccess.Full, [engine.Workspaces.Default.Id]).Secret!;
                Assert.That(FilesContain(directory, secret), Is.False, "while open (WAL included)");
            }

            SqliteConnection.ClearAllPools();
            Assert.That(FilesContain(directory, secret), Is.False, "once closed");
            using var reopened = SoftrEngine.Open(directory);
            Assert.That(new RestTestClient(reopened) { ApiKey = secret }.Send("GET", "/databases").Status, Is.EqualTo(200));
            Assert.That(new RestTestClient(reopened) { ApiKey = secret + "x" }.Send("GET", "/databases").Status, Is.EqualTo(401));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    internal static bool FilesContain(string directory, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return Directory.GetFiles(directory).Any(f => File.ReadAllBytes(f).AsSpan().IndexOf(needle) >= 0);
    }
}
