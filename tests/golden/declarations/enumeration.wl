// enumerations: values by name (Green or Colors.Green), ..Name / ..Value; combinations
// are flags combined with + or |
Colors is Enumeration
	Red
	Green = "g"
	Blue
END
c is Colors
Trace(c) // expect: Red
c = Colors.Green
Trace(c, c..Value, c..Name) // expect: Green, g, Green
Trace(c = Green, c = Blue, Blue..Value) // expect: 1, 0, 3
Options is Combination
	Bold, Italic
	Underline
END
o is int = Bold + Underline
Trace(o, o & Italic = 0, o & Underline <> 0) // expect: 5, 1, 1
