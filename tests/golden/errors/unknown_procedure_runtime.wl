// an unknown procedure is reported when the call is reached, after earlier output
Trace("first") // expect: first
x is int = Missing(2) + 1 // expect error: Missing
