// Help page "Variant (Type of variable)" (?1514019), "Variant type and NULL": its tests
// as the page writes them, each `IF ... THEN ...` tracing the result the page's comment
// states (the English page names the integer vVal in its tests: nVal here, as the French
// page and the comments have it; the last snippet, a second declaration of vVal on the
// page, uses vVal2).
nVal is int
IF nVal = Null THEN Trace("True") ELSE Trace("False") // the test returns True because nVal=0
// expect: True
nVal = 5
IF nVal = Null THEN Trace("True") ELSE Trace("False") // the test returns False because nVal=5
// expect: False
vVal is Variant
IF vVal = Null THEN Trace("True") ELSE Trace("False") // returns True because no value has been assigned to the variant
// expect: True
vVal = 0
IF vVal = Null THEN Trace("True") ELSE Trace("False") // returns False because the variant has been set to 0
// expect: False
vVal = 5
IF vVal = Null THEN Trace("True") ELSE Trace("False") // returns False because the variant has been set to 5
// expect: False
vVal2 is Variant
vVal2 = Null
IF vVal2 = 0 THEN Trace("True") ELSE Trace("False") // returns True because an unassigned variable and a value cannot be compared
// expect: True
