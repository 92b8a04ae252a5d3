// A Time read by indirection (`{"t", indVariable}`, `{"o.h"}`) counts its hundredths of a
// second stored into a number, as `i = t` does (INFERRED, docs/semantics.md "A Time
// stored into a number"): it gave the digits HHMMSSCC (12:00 gave 12000000). A Date or
// DateTime read so keeps its kind too (`{"d"} + 1` is the next day).
t is Time = "1200"
i is int = {"t", indVariable}
Trace(i) // expect: 4320000
i = {"t"}
r is real = {"t", indVariable} + 1
Trace(i, r) // expect: 4320000, 4320001
STRUCTURE Slot
  h is Time
END
o is Slot
o.h = "0130"
j is int = {"o.h"}
Trace(j) // expect: 540000
d is Date = "20240131"
Trace({"d"} + 1) // expect: 20240201
dt is DateTime = "20240131103000"
Trace({"dt"}..Hour, {"t"}..Hour, {"d"}..Year) // expect: 10, 12, 2024
Trace(TypeVar({"t"}) = wlTime, TypeVar({"d"}) = wlDate) // expect: 1, 1
// written through indirection: the digits, as a Time is assigned
{"t", indVariable} = 360000
Trace(t) // expect: 01000000
