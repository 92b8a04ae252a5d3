// Library loans: due dates, late returns, fees, and the members' reading statistics
CONSTANT
	LOAN_DAYS = 21
	DAILY_FEE = 0.25
	MAX_FEE = 10
END
STLoan is Structure
	sMember is string
	sTitle is string
	dOut is Date
	dBack is Date
END
arrLoans is array of STLoan = [ ...
	["Alice", "Dune", "20240102", "20240120"], ...
	["Bruno", "Emma", "20240105", "20240215"], ...
	["Alice", "Ulysses", "20240110", "20240131"], ...
	["Chen", "Beloved", "20240201", "20240228"], ...
	["Bruno", "Middlemarch", "20240301", "20240310"]]
mFees is currency
aaBooks is associative array of int
FOR EACH stL OF arrLoans
	dDue is Date = stL.dOut + LOAN_DAYS
	nLate is int = Max(0, stL.dBack - dDue)
	mFee is currency = Min(MAX_FEE, nLate * DAILY_FEE)
	mFees += mFee
	aaBooks[stL.sMember]++
	IF nLate > 0 THEN
		Trace(StringBuild("%1: %2 due %3, %4 day(s) late, fee %5", stL.sMember, stL.sTitle, DateToString(dDue, "DD/MM"), nLate, mFee))
	END
END
// expect: Bruno: Emma due 26/01, 20 day(s) late, fee 5
// expect: Chen: Beloved due 22/02, 6 day(s) late, fee 1.5
Trace("Fees: " + mFees) // expect: Fees: 6.5
FOR EACH nCount, sMember OF aaBooks
	Trace(sMember + " borrowed " + nCount + " book(s)")
END
// expect: Alice borrowed 2 book(s)
// expect: Bruno borrowed 2 book(s)
// expect: Chen borrowed 1 book(s)
Trace(LongestLoan(arrLoans)) // expect: Emma (41 days)
// The loans returned on a weekend
FOR EACH stL OF arrLoans
	IF DateToDay(stL.dBack) >= 6 THEN Trace(stL.sTitle + " back on " + DateToDayInAlpha(stL.dBack))
END
// expect: Dune back on Saturday
// expect: Middlemarch back on Sunday

// The title kept longest and how long
PROCEDURE LongestLoan(arr)
nBest is int = -1
sBest is string
FOR EACH stL OF arr
	IF stL.dBack - stL.dOut > nBest THEN
		nBest = stL.dBack - stL.dOut
		sBest = stL.sTitle
	END
END
RESULT StringBuild("%1 (%2 days)", sBest, nBest)
