using Microsoft.Data.Sqlite;
using SoftrLite.Storage;

namespace SoftrLite.Tests.Storage;

public sealed class SqliteErrorMapperTests
{
    [TestCase(5, ErrorCode.ServiceUnavailable)]
    [TestCase(6, ErrorCode.ServiceUnavailable)]
    [TestCase(8, ErrorCode.ServiceUnavailable)]
    [TestCase(10, ErrorCode.ServiceUnavailable)]
    [TestCase(11, ErrorCode.ServiceUnavailable)]
    [TestCase(13, ErrorCode.ServiceUnavailable)]
    [TestCase(14, ErrorCode.ServiceUnavailable)]
    [TestCase(18, ErrorCode.BadRequest)]
    [TestCase(19, ErrorCode.ConstraintViolation)]
    [TestCase(26, ErrorCode.ServiceUnavailable)]
    [TestCase(1, ErrorCode.ServiceUnavailable)]
    public void Map_gives_a_documented_code_naming_the_file_when_sqlite_fails(int sqliteCode, ErrorCode expected)
    {
        var mapped = SqliteErrorMapper.Map(new SqliteException("failure", sqliteCode), "some-file.sqlite");

        Assert.That(mapped.Code, Is.EqualTo(expected));
        if (sqliteCode != 19)
        {
            Assert.That(mapped.Message, Does.Contain("some-file.sqlite"));
        }
    }
}
