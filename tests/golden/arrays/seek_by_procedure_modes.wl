// ArraySeekByProcedure (help ?1000024303) beyond the page's example: the function form,
// the other search modes, several sought values, and -1 when nothing matches (decided,
// docs/builtins.md "ArraySeekByProcedure").
t is array of int = [10, 20, 30, 20, 50]
Trace(ArraySeekByProcedure(t, Same, asLinearFirst, 0, 20))   // expect: 2
Trace(ArraySeekByProcedure(t, Same, asLinearLast, 0, 20))    // expect: 4
Trace(ArraySeekByProcedure(t, Same, asLinearNext, 2, 20))    // expect: 4
Trace(ArraySeekByProcedure(t, Same, asLinearPrevious, 4, 20))   // expect: 2
Trace(ArraySeekByProcedure(t, Same, asLinear, 0, 99))        // expect: -1
s is array of int = [1, 3, 5, 7, 9, 11]
Trace(TableauChercheParProcédure(s, Same, tcDichotomique, 0, 9))   // expect: 5
Trace(s.SeekByProcedure(Same, asBinary, 0, 4))               // expect: -1
Trace(t.SeekByProcedure(Between, asLinear, 0, 25, 45))       // expect: 3

PROCEDURE Same(e, v)
RESULT e - v

PROCEDURE Between(e, low, high)
IF e >= low AND e <= high THEN RESULT 0
RESULT 1
