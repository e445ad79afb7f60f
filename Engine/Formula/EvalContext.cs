namespace SoftrLite.Formula;

/// <summary>Everything one evaluation reads: the record, the environment and the compiled formula's caches.</summary>
internal readonly struct EvalContext
{
    /// <summary>Creates the context of one evaluation.</summary>
    public EvalContext(IFormulaRecord record, FormulaEnvironment environment, FormulaCaches caches)
    {
        Record = record;
        Environment = environment;
        Caches = caches;
    }

    /// <summary>The record being evaluated.</summary>
    public IFormulaRecord Record { get; }

    /// <summary>Clock, zone and random source.</summary>
    public FormulaEnvironment Environment { get; }

    /// <summary>Regexes and time zones already looked up by this formula.</summary>
    public FormulaCaches Caches { get; }

    /// <summary>The zone of the evaluation (used unless a value carries its own zone).</summary>
    public TimeZoneInfo Zone => Environment.TimeZone;
}
