// Help page "Support NULL values: Allowing nullable types" ?1511031 (WINDEV 2024). The
// stored copy lists its sections (nullable simple type, the ?!, ??, ??*, ??= and ??=*
// operators) and stops before their examples: what each gives is INFERRED from its name
// (docs/semantics.md "The null operators"). The operators were syntax errors and `int?`
// an int, where Null was 0.
nValue is int?
Trace(nValue = Null, nValue ?? 5) // expect: 1, 5
nValue = 0
Trace(nValue = Null, nValue ?? 5, nValue ??* 5) // expect: 0, 0, 5
nValue = Null
nValue ??= 3
Trace(nValue, nValue?! + 1) // expect: 3, 4
nValue ??= 8
Trace(nValue) // expect: 3
nValue = 0
nValue ??=* 8
Trace(nValue) // expect: 8
sName is string? = Null
Trace(sName = Null, sName ?? "(none)") // expect: 1, (none)
// a simple type without `?` holds no Null: 0 for a number (Variant type ?1514019)
nCount is int = Null
Trace(nCount, nCount = Null, nCount ?? 9) // expect: 0, 1, 0
// the right operand is evaluated only when it is the result
vFirst is Variant
// expect: called for first
Trace(vFirst ?? Default("first"), 1 ?? Default("second")) // expect: first, 1
// ?? binds looser than every other operator
Trace(Null ?? 1 + 2) // expect: 3
dStart is Date? = Null
Trace(dStart = Null) // expect: 1
dStart = "20240115"
Trace(dStart + 1) // expect: 20240116
Trace(vFirst?!) // expect error: The operator ?! was given a Null value
PROCEDURE Default(sWho)
  Trace("called for " + sWho)
  RESULT sWho
