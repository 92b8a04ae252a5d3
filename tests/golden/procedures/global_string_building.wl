// a main-code string that procedures read and extend: appends keep every piece, in order
gsLog is string
FOR i = 1 TO 3
    gsLog = gsLog + "[" + i + "]"
    Note(i)
END
Trace(gsLog) // expect: [1]<1>[2]<2>[3]<3>
Trace(Length(gsLog)) // expect: 18
gsLog = gsLog + Length(gsLog)
Trace(Right(gsLog, 2)) // expect: 18
PROCEDURE Note(n)
gsLog += "<" + n + ">"
