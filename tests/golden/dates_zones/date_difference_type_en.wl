// The difference of two Dates is a number of days: TypeVar answers wlInt (it said
// wlVariant, a type no value has), itself, in a Variant and through ..Type; stored
// into a Duration it is a Duration of whole days.
dStart is Date = "20250301"
dEnd is Date = "20250315"
Trace(dEnd - dStart, TypeVar(dEnd - dStart) = wlInt, (dEnd - dStart)..Type = wlInt) // expect: 14, 1, 1
vGap is Variant = dEnd - dStart
Trace(vGap, TypeVar(vGap) = wlInt) // expect: 14, 1
duGap is Duration = dEnd - dStart
Trace(duGap..InDays, TypeVar(duGap) = wlDuration) // expect: 14, 1
nDays is int = dEnd - dStart
Trace(nDays, TypeVar(nDays) = wlInt) // expect: 14, 1
