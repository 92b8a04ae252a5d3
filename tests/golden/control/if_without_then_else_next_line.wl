// IF c a without THEN, then ELSE d on the next line: the ELSE is the one-line IF's (a
// block's ELSE takes no action on its line), with ';' as on one line
// (docs/semantics.md, "One-line IF with ';'")
Check(False)
Check(True)
PROCEDURE Check(c is boolean)
IF c Trace("1t")
ELSE Trace("1e")
IF c Trace("2t") ; Trace("2u")
ELSE Trace("2e") ; Trace("2f")
if c trace("3t")
else trace("3e") ; trace("3f")
IF c Trace("4t") ; Trace("4u")
ELSE Trace("4e")
Trace("end")
// expect: 1e
// expect: 2e
// expect: 2f
// expect: 3e
// expect: 3f
// expect: 4e
// expect: end
// expect: 1t
// expect: 2t
// expect: 2u
// expect: 3t
// expect: 4t
// expect: 4u
// expect: end
