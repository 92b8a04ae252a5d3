// `[s] + [s]`: `x + [s]` is the optional concatenation of a text (?1512001) and
// `[s] + x` its mirror, but an array literal before `+ [s]` is no text: the run stops at
// the first bracket, and `wl check` says so there with the run's words (WL113; it said
// nothing). (docs/semantics.md "Optional concatenation")
s is string = "ab"
sPath is string = "C:\Temp"
Trace(sPath + ["\"]) // expect: C:\Temp\
Trace(["\"] + "Temp") // expect: \Temp
x is string = [s] + [s] // expect error: A value of type array cannot be converted to a string.
Trace(x)
