// An untyped parameter takes its argument's type (Typecasting of parameters ?1514076):
// given a structure, its Date, Time and DateTime members compute as such. Before, with
// the parameter's type unknown when compiling, `p.dBack - p.dOut` subtracted the digits
// as numbers (20240215 - 20240105 gave 110 instead of 41 days) and `p.hEnd - p.hStart`
// gave milliseconds of nothing.
STLoan is Structure
	sTitle is string
	dOut is Date
	dBack is Date
	hStart is Time
	hEnd is Time
	dtAt is DateTime
END
stL is STLoan
stL.sTitle = "Emma"
stL.dOut = "20240105"
stL.dBack = "20240215"
stL.hStart = "0800"
stL.hEnd = "1230"
stL.dtAt = "20240215173000"
Trace(Days(stL), Hours(stL)) // expect: 41, 4.5
Trace(DueDate(stL)) // expect: 20240126
Trace(Joined(stL)) // expect: 2024021508000000
Trace(Later(stL)) // expect: 20240215193000000
arrLoans is array of STLoan
ArrayAdd(arrLoans, stL)
Trace(LongestLoan(arrLoans)) // expect: Emma (41 days)
// A member of what a procedure declared to return a structure gives
Trace((NextShift().hEnd - NextShift().hStart).InMinutes) // expect: 90
// A member of a variant holding no structure: the ordinary operators
vNumbers is Variant
vNumbers.a = 10
vNumbers.b = 4
Trace(Gap(vNumbers)) // expect: 6

PROCEDURE Days(p)
RESULT p.dBack - p.dOut
PROCEDURE Hours(p)
du is Duration = p.hEnd - p.hStart
RESULT du.InHours
PROCEDURE DueDate(p)
RESULT p.dOut + 21
PROCEDURE Joined(p)
RESULT p.dBack + p.hStart
PROCEDURE Later(p)
RESULT p.dtAt + 2 h
PROCEDURE LongestLoan(arr)
nBest is int = -1
sBest is string
FOR EACH x OF arr
	IF x.dBack - x.dOut > nBest THEN
		nBest = x.dBack - x.dOut
		sBest = x.sTitle
	END
END
RESULT StringBuild("%1 (%2 days)", sBest, nBest)
PROCEDURE Gap(v)
RESULT v.a - v.b
PROCEDURE NextShift() : STLoan
r is STLoan
r.hStart = "1400"
r.hEnd = "1530"
RESULT r
