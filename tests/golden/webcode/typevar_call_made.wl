// TypeVar(F()) where F's declared result is a type whose values look like another's (a
// Buffer, a Date: TypeVar answers by the declaration) gave that answer without calling
// F: what F does never happened (a reader's Trace, a counter, a file read whose
// ErrorOccurred was never set). The call is made, as for any other argument.
tCalls is array of int
Trace(TypeVar(NextBlock(tCalls))) // expect: 30
Trace(TypeVar(NextDay(tCalls))) // expect: 24
Trace(TypeVar(NextName(tCalls))) // expect: 16
Trace(ArrayCount(tCalls), tCalls[1], tCalls[3]) // expect: 3, 1, 3
Trace(TypeVar(fLoadBuffer(fTempPath() + "/no_such_file_typevar.bin")), ErrorOccurred) // expect: 30, 1

PROCEDURE NextBlock(t is array of int) : Buffer
ArrayAdd(t, ArrayCount(t) + 1)
RESULT "AB"

PROCEDURE NextDay(t is array of int) : Date
ArrayAdd(t, ArrayCount(t) + 1)
RESULT "20261206"

PROCEDURE NextName(t is array of int) : string
ArrayAdd(t, ArrayCount(t) + 1)
RESULT "Ann"
