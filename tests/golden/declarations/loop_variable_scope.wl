// A loop variable nothing declared before is declared by its loop (FOR: an 8-byte
// integer, FOR EACH: a variant) and known in the loop: declared after the END with
// another type, the name is another variable, not a second declaration (decided,
// docs/semantics.md "Declarations in blocks"); read after the END before that, it is
// still the loop's variable
t is array of string = ["a", "b"]
FOR EACH x OF t
	Trace(x)   // expect: a
	// expect: b
END
Trace(x)   // expect: b
x is int = 5
x += 1
Trace(x)   // expect: 6
Trace(Counting())   // expect: 4
// expect: ten

PROCEDURE Counting()
FOR i = 1 TO 3
END
Trace(i)
i is string = "ten"
RESULT i
