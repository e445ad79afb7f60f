namespace SoftrLite.Formula;

/// <summary>The units of <c>DATEADD</c> and <c>DATETIME_DIFF</c>.</summary>
internal enum DateUnit
{
    Millisecond,
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
}
