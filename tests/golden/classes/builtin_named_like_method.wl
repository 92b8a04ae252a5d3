// In a method, Length(s) calls the built-in when the class's own method Length takes
// no argument (issue 8; docs/semantics.md): a method of the class is called when its
// parameters accept the arguments given, else the built-in of that name.
CText is Class
	s is string
END
o is CText
o.s = "abc"
Trace(o.Size()) // expect: 3
Trace(o.Length()) // expect: 99
Trace(o.Both()) // expect: 102
PROCEDURE CText::Size()
RESULT Length(:s)
PROCEDURE CText::Length()
RESULT 99
PROCEDURE CText::Both()
RESULT Length() + Length(:s)
