// An enumeration named by its type with a value it does not declare: the run stops
// there ("'Purple' is not a value of the enumeration EColour."); the check said nothing
EColour is Enumeration
	Red
	Green
END
c is EColour = EColour.Green
c = EColour.Purple // error: WL109:13 'Purple' is not a value of the enumeration EColour
IF c = EColour.RED THEN Trace(1)
Trace(c)
