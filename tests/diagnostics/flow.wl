// WL204 at a read that no path has assigned yet (the value is always the default there);
// a read that some path assigned, or a counter counted from its default, is fine
nTotal is int
sName is string
bDone is boolean
nCount is int
Trace(nTotal) // warning: WL204:7 'nTotal' is read before any assignment: it still holds its default value here
nTotal = 5
IF nTotal > 2 THEN
	sName = "x"
END
Trace(sName)
Trace(bDone) // warning: WL204:7 'bDone' is read before any assignment: it still holds its default value here
IF nTotal > 1 THEN
	bDone = True
END
WHILE nCount < 3
	nCount++
END
Trace(nCount, nTotal, bDone)
// a part given a value (`..Date`, `..InHours`) assigns the Date, DateTime or Duration
dtStart is DateTime
dtStart..Date = "20240101"
Trace(dtStart)
duLength is Duration
Trace(duLength) // warning: WL204:7 'duLength' is read before any assignment: it still holds its default value here
duLength..InHours = 2.5
Trace(duLength..InMinutes)
// a member given a value (`v.name = x`, `v.lines[2] = x`) assigns the Variant: no WL204
vSummary is Variant
vSummary.file = "a.csv"
vSummary.lines[1] = 3
Trace(VariantToJSON(vSummary))
vOther is Variant
Trace(vOther.file) // warning: WL204:7 'vOther' is read before any assignment: it still holds its default value here
vOther.file = "b.csv"
Fill(sName)
Trace(Twice())
PROCEDURE Fill(s)
s = "y"
PROCEDURE Twice()
n is int
FOR i = 1 TO 2
	IF i = 2 THEN
		RESULT n
	END
	n = i * 2
END
RESULT n
