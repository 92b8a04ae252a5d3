// a FOR variable that was not declared is declared implicitly
total is int
FOR k = 1 TO 4
	total += k
END
Trace(total) // expect: 10
