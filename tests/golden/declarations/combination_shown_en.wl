// A combination shown (Trace, Info, stored into or joined to a text) gives the names of
// its options, as c..Name does ("Red + Green"), also when a Variant or an untyped
// parameter holds it; it showed its number (3). It still counts as its flags wherever a
// number is wanted (decided: docs/semantics.md "A combination shown").
Colors is Combination
	Red
	Green
	Blue
END
cPen is Colors = Red + Green
Trace(cPen) // expect: Red + Green
sPen is string = cPen
Trace("pen: " + cPen, sPen) // expect: pen: Red + Green, Red + Green
vPen is Variant = cPen
Trace(vPen, vPen + 1, TypeVar(vPen) = wlInt) // expect: Red + Green, 4, 1
ShowAny(cPen) // expect: Red + Green, 3
Trace(Blue, NumToString(cPen), cPen[Green]) // expect: Blue, 3, 1
cNone is Colors = 0
Trace("[" + cNone + "]", cNone = 0) // expect: [], 1
nFlags is int = cPen
Trace(nFlags) // expect: 3
STPen is Structure
	vHeld is Variant
END
stPen is STPen
stPen.vHeld = cPen - Red
Trace(stPen.vHeld) // expect: Green
arrPens is array of Colors
ArrayAdd(arrPens, cPen)
vFirst is Variant = arrPens[1]
Trace(arrPens[1], vFirst, "first: " + arrPens[1]) // expect: Red + Green, Red + Green, first: Red + Green
ShowAny(arrPens[1]) // expect: Red + Green, 3
PROCEDURE ShowAny(xGiven)
Trace(xGiven, xGiven * 1)
