// An array or an associative array where a boolean or a number is wanted: a condition
// (IF, NOT, WHILE, LOOP ... DO WHILE) or a FOR loop's bound. The run stops there ("A
// value of type array cannot be used as a boolean."); the check said nothing.
t is array of int = [1, 2]
aa is associative array of int
IF t THEN Trace(1) // error: WL110:4 't' is an array: it cannot be used as a boolean
IF NOT aa THEN Trace(2) // error: WL110:8 'aa' is an associative array: it cannot be used as a boolean
WHILE t // error: WL110:7 't' is an array: it cannot be used as a boolean
	BREAK
END
FOR i = 1 TO t // error: WL110:14 't' is an array: it cannot be used as a number
	Trace(i)
END
// what tests an array: its count
IF ArrayCount(t) > 0 AND aa.Count = 0 THEN Trace(3)
FOR i = 1 TO t.Count
	Trace(t[i])
END
