using SoftrLite.Formula;

namespace SoftrLite.Tests.Computed.Formula;

/// <summary>The value model: factories, accessors on every kind, equality, text forms.</summary>
public sealed class FormulaValueTests
{
    [Test]
    public void Default_value_is_blank()
    {
        Assert.That(default(FormulaValue).Kind, Is.EqualTo(FormulaValueKind.Blank));
        Assert.That(FormulaValue.Blank.IsBlank, Is.True);
        Assert.That(FormulaValue.Blank, Is.EqualTo(default(FormulaValue)));
    }

    [Test]
    public void Accessors_return_the_payload_of_their_own_kind_and_defaults_otherwise()
    {
        var number = FormulaValue.FromNumber(2.5);
        Assert.That(number.Number, Is.EqualTo(2.5));
        Assert.That(number.Text, Is.Empty);
        Assert.That(number.Boolean, Is.False);
        Assert.That(number.Items, Is.Empty);
        Assert.That(number.ErrorCode, Is.Empty);
        Assert.That(FormulaValue.True.Number, Is.Zero);
        Assert.That(FormulaValue.True.Boolean, Is.True);
        Assert.That(FormulaValue.FromText("a").Text, Is.EqualTo("a"));
        Assert.That(FormulaValue.FromDate(new DateOnly(2025, 6, 15)).Date, Is.EqualTo(new DateOnly(2025, 6, 15)));
        Assert.That(FormulaValue.FromText("a").Date, Is.EqualTo(default(DateOnly)));
        Assert.That(FormulaValue.FromText("a").Instant, Is.EqualTo(default(DateTimeOffset)));
        Assert.That(FormulaValue.FromText("a").TimeZone, Is.Null);
    }

    [Test]
    public void FromInstant_keeps_the_instant_in_utc()
    {
        var local = new DateTimeOffset(2025, 6, 15, 16, 30, 0, TimeSpan.FromHours(2));
        var value = FormulaValue.FromInstant(local);
        Assert.That(value.Instant.Offset, Is.EqualTo(TimeSpan.Zero));
        Assert.That(value.Instant, Is.EqualTo(local));
        Assert.That(value.Instant.Hour, Is.EqualTo(14));
    }

    [Test]
    public void Error_returns_the_shared_values_for_the_two_codes()
    {
        Assert.That(FormulaValue.Error("#DIV/0!"), Is.EqualTo(FormulaValue.DivideByZero));
        Assert.That(FormulaValue.Error("#ERROR!"), Is.EqualTo(FormulaValue.GeneralError));
        Assert.That(FormulaValue.Error("#ERROR!").IsError, Is.True);
        Assert.That(FormulaValue.DivideByZero, Is.Not.EqualTo(FormulaValue.GeneralError));
    }

    [Test]
    public void Factories_throw_argument_null_exception_for_null_references()
    {
        Assert.That(() => FormulaValue.FromText(null!), Throws.ArgumentNullException);
        Assert.That(() => FormulaValue.FromArray(null!), Throws.ArgumentNullException);
        Assert.That(() => FormulaValue.Error(null!), Throws.ArgumentNullException);
    }

    [Test]
    public void Equality_compares_kind_and_payload_and_arrays_item_by_item()
    {
        Assert.That(V.Num(1), Is.Not.EqualTo(V.Bool(true)));
        Assert.That(V.Text("a"), Is.Not.EqualTo(V.Text("A")));
        var array = V.Array(V.Text("a"), V.Num(1));
        var sameItems = V.Array(V.Text("a"), V.Num(1));
        Assert.That(array, Is.EqualTo(sameItems));
        Assert.That(V.Array(V.Text("a")), Is.Not.EqualTo(V.Array(V.Text("a"), V.Num(1))));
        var notANumber = V.Num(double.NaN);
        Assert.That(notANumber, Is.EqualTo(V.Num(0.0 / 0.0)));
        Assert.That(V.Num(1) == V.Num(1), Is.True);
        Assert.That(V.Num(1) != V.Num(2), Is.True);
        var text = V.Text("x");
        Assert.That(text.GetHashCode(), Is.EqualTo(V.Text(new string('x', 1)).GetHashCode()));
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var instant = new DateTimeOffset(2025, 6, 15, 0, 0, 0, TimeSpan.Zero);
        Assert.That(FormulaValue.FromInstant(instant, zone), Is.Not.EqualTo(FormulaValue.FromInstant(instant)));
    }

    [Test]
    public void ToString_shows_the_kind_and_the_text_form()
    {
        Assert.That(V.Num(110).ToString(), Is.EqualTo("Number 110"));
        Assert.That(V.Text("a").ToString(), Is.EqualTo("Text \"a\""));
        Assert.That(V.Blank.ToString(), Is.EqualTo("Blank"));
        Assert.That(V.DivZero.ToString(), Is.EqualTo("#DIV/0!"));
        Assert.That(V.Date(2025, 6, 15).ToString(), Is.EqualTo("Date 2025-06-15"));
        Assert.That(V.Array(V.Num(1), V.Text("b")).ToString(), Is.EqualTo("Array [Number 1, Text \"b\"]"));
    }
}
