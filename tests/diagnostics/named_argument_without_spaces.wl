// `Show(nA:v)`: without spaces, `nA:v` reads the member v of nA; nA undeclared and a
// parameter of Show, the WL101 says the named argument meant (it said only "'nA' is not
// declared"); a variable nA keeps the member reading
v is int = 7
Show(nA:v) // error: WL101:6 'nA' is not declared; a named argument is written with spaces around the colon: nA : v
Show(nA : v)
PROCEDURE Show(nA is int, nB is int = 0)
Trace(nA, nB)
