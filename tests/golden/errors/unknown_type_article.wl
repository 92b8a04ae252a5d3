// an unknown type (named without its article in the warning) makes a variant variable
x is a Gizmo
x = "text"
Trace(x) // expect: text
