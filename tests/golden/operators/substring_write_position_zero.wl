// s[[0]] = "x": positions are counted from 1, so position 0 names no character.
// Decided (docs/semantics.md, "Substrings"): reading it gives "" as any position
// outside the string; writing it is an error (it used to put "x" silently at the
// front, a change the line does not say).
s is string = "abc"
Trace("[" + s[[0]] + "]") // expect: []
s[[1]] = "X"
Trace(s) // expect: Xbc
s[[4]] = "d"
Trace(s) // expect: Xbcd
Position is int = 0
s[[Position]] = "y" // expect error: Position 0 is out of range in [[ ]]: positions are counted from 1.
Trace(s)
