using SoftrLite.Cli.Csv;

namespace SoftrLite.Tests.Cli;

/// <summary>The CSV reader and writer: RFC 4180 quoting, line numbers of records spanning lines, and the round trip.</summary>
public sealed class CsvReaderTests
{
    [Test]
    public void Read_unquotes_cells_and_numbers_records_by_their_first_line()
    {
        var text = "\uFEFFa,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,\n";

        var rows = new CsvReader(new StringReader(text)).ReadAll().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => r.Line), Is.EqualTo(new[] { 1, 2, 3, 5 }));
            Assert.That(rows[1].Cells, Is.EqualTo(new[] { "x, y", "say \"hi\"" }));
            Assert.That(rows[2].Cells, Is.EqualTo(new[] { "two\nlines", "z" }));
            Assert.That(rows[3].Cells, Is.EqualTo(new[] { "last", "" }));
        });
    }

    [Test]
    public void Read_throws_a_format_error_for_an_unclosed_quote()
    {
        Assert.That(() => new CsvReader(new StringReader("a\n\"open")).ReadAll().ToList(), Throws.TypeOf<FormatException>());
    }

    [Test]
    public void Write_then_read_gives_the_same_cells()
    {
        string[][] rows = [["plain", "with,comma", "with \"quote\"", " padded ", "multi\nline", ""], ["1", "2", "3", "4", "5", "6"]];
        using var text = new StringWriter();
        var writer = new CsvWriter(text);
        foreach (var row in rows)
        {
            writer.WriteRow(row);
        }

        writer.Flush();

        var read = new CsvReader(new StringReader(text.ToString())).ReadAll().Select(r => r.Cells).ToArray();
        Assert.That(read, Is.EqualTo(rows));
    }
}
