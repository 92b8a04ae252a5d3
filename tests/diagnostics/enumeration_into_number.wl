// a value of an enumeration given to an integer or a combination variable: WL110,
// deferred (the run stops there: "A value of type enumeration cannot be used as a
// number"); an enumeration's value is no number (docs/semantics.md "Enumerations")
EColour is Enumeration
	Red
	Green
END
COpts is Combination
	Bold
	Italic
END
n is int = Red // error: WL110:1 'n' cannot hold a value of the enumeration EColour: it is neither a number nor a combination's value
o is COpts = Bold
o = EColour.Green // error: WL110:1 'o' cannot hold a value of the enumeration EColour: it is neither a number nor a combination's value
c is EColour = Green
Trace(n, o, c)
