// `s[[0]] = "x"` stops the run ("Position 0 is out of range in [[ ]]"): positions are
// counted from 1. wl check said nothing; now WL110 at the `[[`, for a string and a
// Buffer, `=` and `+=`. Reading s[[0]] is "" (no error), and a range is not judged.
sName is string = "abc"
sName[[0]] = "x" // error: WL110:6 position 0 or below is out of range in [[ ]]: positions are counted from 1
sName[[-1]] += "x" // error: WL110:6 position 0 or below is out of range in [[ ]]: positions are counted from 1
bData is Buffer = "ab"
bData[[0]] = 65 // error: WL110:6 position 0 or below is out of range in [[ ]]: positions are counted from 1
sName[[0 TO 1]] = "y"
Trace(sName[[0]], sName, bData)
