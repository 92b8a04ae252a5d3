// Several modifiers in a row before a method's name, in either order and either language
// (PUBLIQUE GLOBALE, GLOBAL PUBLIC, privée globale): all are read, none is taken for the name
Compteur est une Classe
	GLOBALE
		total est un entier
FIN
Counter is a Class
	GLOBAL
		count is int
END
Compteur.Ajoute(20)
Compteur::Ajoute(1)
Trace(Compteur.Lis()) // expect: 42
Counter.Bump()
Counter::Bump()
Trace(Counter.Read()) // expect: 2
procédure publique globale Compteur::Ajoute(n est un entier)
total += n
procédure privée globale Compteur::Double() : entier
renvoyer total * 2
procédure globale Compteur::Lis() : entier
renvoyer ::Double()
PROCEDURE GLOBAL PUBLIC Counter::Bump()
count++
PROCEDURE public global Counter::Read() : int
RESULT count
