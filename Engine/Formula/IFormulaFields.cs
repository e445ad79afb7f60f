namespace SoftrLite.Formula;

/// <summary>Resolves the <c>{Field Name}</c> references of a formula to field ids at compile time.</summary>
internal interface IFormulaFields
{
    /// <summary>Finds the field called exactly <paramref name="name"/>; <paramref name="type"/> is what it yields inside formulas.</summary>
    bool TryResolve(string name, out string fieldId, out FormulaResultType type);
}
