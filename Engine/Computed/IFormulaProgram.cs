namespace SoftrLite.Computed;

/// <summary>A compiled formula as the recomputation needs it: what it reads and how to evaluate it on a record.</summary>
internal interface IFormulaProgram
{
    /// <summary>The fields of the same table the formula reads.</summary>
    IReadOnlyList<FieldId> References { get; }

    /// <summary>Whether the formula calls NOW, TODAY, RAND or RANDBETWEEN, so its value moves with the clock.</summary>
    bool IsVolatile { get; }

    /// <summary>Whether the formula calls LAST_MODIFIED_TIME(), so that any edit of the record changes it.</summary>
    bool ReadsLastModifiedTime { get; }

    /// <summary>Evaluates on a record's current values; runtime problems give a <see cref="FormulaError"/>, never an exception.</summary>
    object? Evaluate(IReadOnlyDictionary<FieldId, object> values, Record record, ComputeEnvironment environment);
}
