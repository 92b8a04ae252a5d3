// A name met again in one program is checked as it was the first time (the semantic pass
// remembers what a name is, per program and per function, not what its uses were), in
// either language and any case.
CONSTANT
	RATE = 5
END
sText is string = "abc"
aList is array of int
Trace(Left(sText, 1))
Trace(Left(sText))
Trace(Left(sText, 1, 2, 3)) // error: WL104:7 Left expects 1 to 2 parameter(s) but received 4
Trace(LEFT(sText, 1, 2, 3)) // error: WL104:7 Left expects 1 to 2 parameter(s) but received 4
Trace(Gauche(sText, 1, 2, 3)) // error: WL104:7 Gauche expects 1 to 2 parameter(s) but received 4
Trace(fExtractPath(aList, 1)) // error: WL115:20 fExtractPath expects a string, not a value of type array
Trace(fExtraitChemin(aList, 1)) // error: WL115:22 fExtraitChemin expects a string, not a value of type array
Trace(fExtractPath(sText, "all")) // warning: WL206:27 fExtractPath expects a number as parameter 2: the text "all" is not a number and is read as 0
Trace(fExtractPath(sText, "all")) // warning: WL206:27 fExtractPath expects a number as parameter 2: the text "all" is not a number and is read as 0
RATE = 6 // error: WL106:1 cannot assign to the constant 'RATE'
rate = 7 // error: WL106:1 cannot assign to the constant 'rate'
Trce("a") // error: WL102:1 unknown procedure or function 'Trce'; did you mean Trace?
Trce("b") // error: WL102:1 unknown procedure or function 'Trce'; did you mean Trace?
Compute(2)

PROCEDURE Compute(n)
// a variable of a procedure named as a built-in: not the built-in there
Left is int = n
Left(1) // error: WL110:1 'Left' is a variable, not a procedure
// an internal procedure sees the variables its procedure declares after it
INTERNAL PROCEDURE Show()
	Trace(nLater + Left)
END
nLater is int = 3
Show()
Trace(Left)
