// An internal procedure reading a variable of its procedure declared below it, called
// above that declaration: the run stops in it ("used before its declaration"), so the
// check says WL101 there; called after the declaration, the read is fine. The check
// said nothing (a variable of the enclosing procedure was left to the run).
gn is int = 5
P()
Q()

PROCEDURE P()
Trace(gn)
INTERNAL PROCEDURE Sub()
  Trace("sub", gn) // error: WL101:16 'gn' is used before its declaration
END
Sub()
gn is int = 7 // warning: WL205:1 'gn' hides the variable of the same name declared at line 5
Sub()

PROCEDURE Q()
INTERNAL PROCEDURE Later()
  Trace("later", nQ)
END
nQ is int = 3
Later()
