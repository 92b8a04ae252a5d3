// A computed Date, Time or DateTime (`d + 1`, Today(), `t + 1 h`) added to an array of
// Variants stays one, as a Date variable added so does: `tv.Add(d + 1)` then `tv[2] + 1`
// was the text "202503021", TypeVar of an added Today() wlString
dStart is Date = "20250301"
tStart is Time = "0800"
arrAny is array of Variants
arrAny.Add(dStart)
arrAny.Add(dStart + 1)
ArrayAdd(arrAny, dStart - 1)
Add(arrAny, Today())
arrAny.Add(tStart + 1 h)
Trace(arrAny[1] + 1, arrAny[2] + 1, arrAny[3] + 1) // expect: 20250302, 20250303, 20250301
Trace(TypeVar(arrAny[4]) = wlDate, TypeVar(arrAny[5]) = wlTime, arrAny[5] + 30 min) // expect: 1, 1, 09300000
FOR EACH vDay OF arrAny
	IF TypeVar(vDay) = wlDate THEN Trace(DateToString(vDay + 1, "DD/MM"))
	IF vDay = arrAny[3] THEN BREAK
END
// expect: 02/03
// expect: 03/03
// expect: 01/03
