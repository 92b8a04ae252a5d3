// A literal subscript past the declared size of a fixed array: its dimensions never
// change (?1514025), so the run stops there whatever it holds, and `wl check` now says
// so too (WL110, the run's words at the array: it said nothing). A dynamic array may
// have grown, so its subscripts stay the run's to judge.
CONSTANT MONTHS = 12
arrMonthTotals is fixed array of MONTHS currency
arrMonthTotals[12] = 150.5
Trace(arrMonthTotals[12]) // expect: 150.5
arrGrid is fixed array of 2 by 3 int
arrGrid[2, 3] = 7
arrGrowing is array of 3 int
arrGrowing.Add(4)
Trace(arrGrid[2, 3], arrGrowing[4]) // expect: 7, 4
WHEN EXCEPTION IN
	arrGrid[2, 4] = 1 // wl: ignore[WL110]
DO
	Trace(ExceptionInfo(errMessage)) // expect: Index 4 is out of range for dimension 2 (size 3).
END
Trace(arrMonthTotals[13]) // expect error: Index 13 is out of range: the array has 12 element(s).
