// SWITCH with ranges "4 TO 9" and comparisons "> 20"
FOR EACH n OF [2, 5, 9, 15, 25]
	SWITCH n
		CASE 1, 2, 3
			Trace(n + ": small")
		CASE 4 TO 9
			Trace(n + ": medium")
		CASE > 20
			Trace(n + ": huge")
		OTHER CASE
			Trace(n + ": other")
	END
END
// expect: 2: small
// expect: 5: medium
// expect: 9: medium
// expect: 15: other
// expect: 25: huge
