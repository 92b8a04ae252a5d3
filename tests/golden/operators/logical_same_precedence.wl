// AND and OR have the same precedence and are read left to right
Trace(True OR False AND False) // expect: 0
Trace(True OR (False AND False)) // expect: 1
Trace(False AND True OR True) // expect: 1
