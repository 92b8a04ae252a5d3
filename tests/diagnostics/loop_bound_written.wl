// A FOR loop whose bound or variable the body writes is not reported (decided, L,
// 4 Dec 2026): the TO bound is re-read on each pass (VERIFIED, ?1511018), code relies on
// it (a loop over an array the body shortens), writing the variable skips elements, and
// no stored page says WINDEV's compiler warns. A constant as the bound cannot be
// written (WL106, as anywhere).
t is array of int = [1, 2, 3, 4]
FOR i = 1 TO ArrayCount(t)
	IF t[i] = 2 THEN
		ArrayDelete(t, i)
		i--
	END
END
nMax is int = 5
FOR j = 1 TO nMax
	IF j = 2 THEN nMax--
	Trace(j)
END
Trace(ArrayCount(t), nMax)
CONSTANT
	LIMIT = 3
END
FOR k = 1 TO LIMIT
	LIMIT++ // error: WL106:2 cannot assign to the constant 'LIMIT'
	Trace(k)
END
