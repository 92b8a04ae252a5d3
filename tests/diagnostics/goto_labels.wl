// GOTO and labels (docs/semantics.md "GOTO and labels"): code right after a GOTO is never
// run unless a label starts it; a GOTO into a block, GOTOs to no label of their process
// and two labels of one name are refused, and a label in a CASE ERROR: section (no GOTO
// may go there; it was an internal error)
n is int = 0
Again:
n++
IF n < 3 THEN GOTO Again
GOTO Done
Trace("never") // warning: WL203:1 this code is never run: it follows a GOTO
Done:
Trace(n)
IF n = 0 THEN GOTO Inside // error: WL111:15 GOTO Inside: the label 'Inside:' is inside a block this GOTO is not in (a GOTO cannot jump into an IF, a loop or a SWITCH)
IF n = 3 THEN
	Inside:
	n = 0
END
P()
Guarded()
NoExit()
Done: // error: WL105:1 label 'Done' is already defined in this process
PROCEDURE P()
GOTO Again // error: WL111:1 GOTO Again: this process has no label 'Again:' (a GOTO stays in its own process)
PROCEDURE Guarded()
Trace(2)
CASE ERROR:
Retry: // error: WL111:1 the label 'Retry:' is in a CASE ERROR:, CASE EXCEPTION: or END: section, where no GOTO goes
	Trace(ErrorInfo())
PROCEDURE NoExit()
GOTO END // error: WL111:1 GOTO END: this process has no END: section (the code a GOTO FIN goes to, run however the body is left)
