// A composite variable (help ?1514061) declared in a procedure, and in French with the
// masculine form: each is a variable of a structure of its own.
Show()
PROCEDURE Show()
Pos is composed of
	X is int
	Y is int
END
Pos.X = 3
Pos.Y = 4
Trace(Pos.X * Pos.Y)   // expect: 12
Taille est composé de
	L est un entier
FIN
Taille.L = 5
Trace(Taille.L)   // expect: 5
