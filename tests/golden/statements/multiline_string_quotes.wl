// a multi-line string between quotes: `"` ends the first line, a line starting with `"`
// closes it (lines joined with CR+LF, their common indentation removed, "" is a quote);
// s[i ON n] / t[i ON n] take n characters or elements from the i-th
sProducts is string = "
	WINDEV
	WEBDEV
	WINDEV ""Mobile""
	"
FOR EACH STRING sName OF sProducts SEPARATED BY CR
	Trace(sName) // expect: WINDEV
	// expect: WEBDEV
	// expect: WINDEV "Mobile"
END
Trace(Length(sProducts)) // expect: 31
sCity is string = "San Francisco"
Trace(sCity[10 ON 3]) // expect: isc
t is array of int = [10, 20, 30, 40, 50]
Trace(ArrayToString(t[2 ON 3], ",")) // expect: 20,30,40
