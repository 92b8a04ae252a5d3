// Internal procedures of one body call each other in any order: one calling a sibling
// declared below it failed with "The internal procedure Second is called before its
// declaration has been run" (real code: a sync script's SyncAllTables calling its
// LoadMapping). docs/semantics.md "Lambdas and internal procedures".
INTERNAL PROCEDURE Report()
	Trace("report: " + Total(3))
END
INTERNAL PROCEDURE Total(n)
	RESULT n * Unit()
END
INTERNAL PROCEDURE Unit()
	RESULT 10
END
Report() // expect: report: 30
Trace(Parity(7)) // expect: odd

PROCEDURE Parity(n)
INTERNAL PROCEDURE IsEven(k)
	IF k = 0 THEN RESULT True
	RESULT IsOdd(k - 1)
END
INTERNAL PROCEDURE IsOdd(k)
	IF k = 0 THEN RESULT False
	RESULT IsEven(k - 1)
END
RESULT IsEven(n) ? "even" ELSE "odd"
