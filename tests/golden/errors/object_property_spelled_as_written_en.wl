// `o..Name` on an object or a structure reads its member (`o..x`, any case); a name its
// class lacks stops the run, and `wl check` now says so too, in the same words and with
// the name as the user typed it (it said nothing). The other refusals keep the user's
// spelling as well: a member (`o.UNKNOWNMEMBER`), a string's property (`s..Lenght`), a
// method's wrong arity (`t.INSERT()`), a class method's (`o.bump(1)`).
CPoint is Class
	x is int
END
STPair is Structure
	nLeft is int
END
o is CPoint
st is STPair
o..x = 3
st..NLEFT = 4
Trace(o..X, st..nleft, o..Class) // expect: 3, 4, CPoint
s is string = "abc"
t is array of int = [1, 2]
WHEN EXCEPTION IN
	Trace(o.UNKNOWNMEMBER) // wl: ignore[WL109]
DO
	Trace(ExceptionInfo(errMessage)) // expect: 'UNKNOWNMEMBER' is not a member of the class CPoint.
END
WHEN EXCEPTION IN
	Trace(s..Lenght) // wl: ignore[WL109]
DO
	Trace(ExceptionInfo(errMessage)) // expect: A string has no property 'Lenght'.
END
WHEN EXCEPTION IN
	t.INSERT() // wl: ignore[WL104]
DO
	Trace(ExceptionInfo(errMessage)) // expect: The method .INSERT() is ArrayInsert, which expects 2 to 3 parameter(s) counting the value it is called on, but received 1.
END
WHEN EXCEPTION IN
	o.bump(1) // wl: ignore[WL104]
DO
	Trace(ExceptionInfo(errMessage)) // expect: bump expects 0 parameter(s) but received 1.
END
WHEN EXCEPTION IN
	Trace(st..Zut) // wl: ignore[WL109]
DO
	Trace(ExceptionInfo(errMessage)) // expect: 'Zut' is not a member of the structure STPair.
END
Trace(o..NomX) // expect error: 'NomX' is not a member of the class CPoint.
PROCEDURE CPoint::Bump()
x++
