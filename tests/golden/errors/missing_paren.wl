// an unclosed parenthesis is a syntax error
x is int = (1 + 2
Trace(x)
// expect error: this '(' is never closed
