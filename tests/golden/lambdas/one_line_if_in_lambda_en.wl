// A one-line IF inside a lambda's code written on one line, `(x) => { IF c THEN a }`:
// the `}` ends the IF's line. Before, it failed at the `}` ("unexpected '}'; expected an
// expression, ELSE or END"): the line break before `}` was taken for a `;`.
arrQty is array of int = [3, -1, 0, 7]
nPositive is int
arrQty.Sort(asFunction, (a, b) => { IF a < b THEN RESULT 1 ELSE RESULT -1 })
Trace(ArrayToString(arrQty, ";"))                            // expect: 7;3;0;-1
fCount is procedure = (q) => { IF q > 0 THEN nPositive++ }
FOR EACH q OF arrQty
    fCount(q)
END
Trace(nPositive)                                               // expect: 2
fSign is procedure = (q) => { IF q > 0 THEN RESULT "+" ELSE IF q < 0 THEN RESULT "-" ELSE RESULT "0" }
Trace(fSign(5) + fSign(-2) + fSign(0))                         // expect: +-0
fShow is procedure = (q) => { IF q = 0 THEN Trace("zero") ; Trace("again") ELSE Trace(q) END }
fShow(0)                                                       // expect: zero
                                                               // expect: again
fShow(4)                                                       // expect: 4
