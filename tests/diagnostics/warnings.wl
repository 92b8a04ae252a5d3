// warnings: unused, unreachable, never assigned, shadowing, lossy conversion
nGlobal is int = 1
nUnused is int // warning: WL201:1 'nUnused' is declared but never used
sNever is string // warning: WL204:1 'sNever' is used but never assigned: it always holds its default value
Trace(sNever, nGlobal, Half(4))
nEntier is int = 2.5 // warning: WL206:1 'nEntier' is an integer: the decimal part of this value is lost
nDays is int = "30 days" // warning: WL206:1 'nDays' is an integer: the text "30 days" is not a number and is stored as 30
Trace(nDays)
Trace(nEntier)
PROCEDURE Half(x, y = 0) // warning: WL202:19 the parameter 'y' is never used
nGlobal is int = 0 // warning: WL205:1 'nGlobal' hides the variable of the same name declared at line 2
Trace(nGlobal)
RESULT x / 2
Trace("never") // warning: WL203:1 this code is never run: it follows a RETURN/RESULT
