// English program calling French built-ins and French keywords inside English blocks
s is string = "hello"
IF Taille(s) = 5 THEN
	Trace(Majuscule(s)) // expect: HELLO
SINON
	Trace("?")
END
WHILE Taille(s) < 8
	s += "!"
FIN
Trace(s) // expect: hello!!!
