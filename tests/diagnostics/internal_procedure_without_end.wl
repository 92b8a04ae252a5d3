// An INTERNAL PROCEDURE written without END: the parser puts it where the procedure's
// end is plain (docs/semantics.md "Internal procedure without END"), but that is a
// guess, and WINDEV's compiler refuses the code: WL219 at the header, naming where it is
// read to end. Here the Trace(nTotal) meant after AddLine, at its body's indentation,
// is read as AddLine's last line: it traces at each call
PROCEDURE Total(arrAmounts is array of int)
nTotal is int = 0
FOR EACH nAmount OF arrAmounts
	AddLine(nAmount)
END
RESULT nTotal
INTERNAL PROCEDURE AddLine(n is int) // warning: WL219:1 'INTERNAL PROCEDURE AddLine' has no END: it is read as ending with the procedure around it, after line 14; WINDEV's compiler refuses it
nTotal += n
Trace(nTotal)

PROCEDURE Shown()
INTERNAL PROCEDURE Show(s is string)
	Trace(s)
END
Show("closed")
PROCEDURE Last()
Internal Procedure Twice(n is int) : int // warning: WL219:1 'Internal Procedure Twice' has no END: it is read as ending at the end of the code; WINDEV's compiler refuses it
	RESULT 2 * n
