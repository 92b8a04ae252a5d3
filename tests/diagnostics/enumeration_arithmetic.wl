// Arithmetic on an enumeration's value or variable: the run stops, "A value of type
// enumeration cannot be used as a number."; WL113 at that operand. `+` beside a text
// joins its name and runs; a combination's options are integers and add.
Level is enumeration
	Low
	High
END
Colour is combination
	Red
	Blue
END
PROCEDURE Scale(n is int, e is Level, c is Colour)
x is int = Low + 0 // error: WL113:12 a value of type enumeration cannot be used as a number: Low, a value of the enumeration Level, is an operand of '+'
x = n * Level.High // error: WL113:9 a value of type enumeration cannot be used as a number: Level.High, a value of the enumeration Level, is an operand of '*'
x = e - 1 // error: WL113:5 a value of type enumeration cannot be used as a number: e, a variable of the enumeration Level, is an operand of '-'
x = -Low // error: WL113:6 a value of type enumeration cannot be used as a number: Low, a value of the enumeration Level, is negated
Trace("level " + Low, x, c + Blue)
