// `t[i] += n` / `t[i] -= n` on an element of an array of Dates adds or takes days, as on
// a Date variable (it joined the digits and the number: "202401151"); an element of an
// array of Times or DateTimes moves as a variable of that type does (docs/semantics.md
// "Compound assignment on a dated element").
arrDue is array of 3 Date
arrDue[1] = "20240131"
arrDue[1] += 1
arrDue[2] = "20240301"
arrDue[2] -= 2
Trace(arrDue[1], arrDue[2], TypeVar(arrDue[1]) = wlDate) // expect: 20240201, 20240228, 1
arrStart is array of 2 Time
arrStart[1] = "1030"
arrStart[1] += 1 h
arrStart[2] = "0800"
arrStart[2] -= 30 min
Trace(arrStart[1], arrStart[2]) // expect: 11300000, 07300000
arrAt is array of 2 DateTime
arrAt[1] = "20240115103000"
arrAt[1] += 1
arrAt[1] -= 2 h
Trace(arrAt[1]) // expect: 20240116083000000
aaDue is associative array of Date
aaDue["rent"] = "20241231"
aaDue["rent"] += 1
Trace(aaDue["rent"]) // expect: 20250101
arrGrid is array of 2 by 2 Date
arrGrid[1, 2] = "20240228"
arrGrid[1, 2] += 2
Trace(arrGrid[1, 2]) // expect: 20240301
