// In a method, writing characters of a GLOBAL member named bare (`g_sCode[[1]] = "X"`)
// writes the class's member, as for an object's member: it was an internal error ("the
// semantic pass accepted code that cannot be compiled"), in a GLOBAL method too.
CCode is Class
    GLOBAL g_sCode is string = "abcdef"
END
o is CCode
// expect: XY__ef
o.Change()
CCode.Again()
Trace(CCode.g_sCode) // expect: XY__ef!
PROCEDURE CCode::Change()
    g_sCode[[1]] = "X"
    g_sCode[[2]] = "Y"
    g_sCode[[3 TO 4]] = "__"
    Trace(g_sCode) // (printed first: the expect line is above the main code's)
PROCEDURE GLOBAL CCode::Again()
    g_sCode[[6 TO]] += "!"
