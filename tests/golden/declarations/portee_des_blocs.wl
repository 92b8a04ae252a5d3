// Une variable déclarée dans un bloc est connue jusqu'au FIN de ce bloc (décidé,
// INFERRED) : redéclarée dans un bloc intérieur, c'est une nouvelle variable qui masque
// celle de dehors jusqu'à la fin du bloc (celle de dehors garde sa valeur) ; dans deux
// blocs frères avec des types différents, ce sont deux variables
sNom est une chaîne = "dehors"
POUR i = 1 À 1
	sNom est un entier = 41
	sNom++
	Trace(sNom)   // expect: 42
FIN
Trace(sNom)   // expect: dehors
Trace(Masque(2))   // expect: dedans 9
// expect: 2
Trace(Types(1), Types(2), Types(3))   // expect: 1.5, deux, 0
Trace(Exception(0))   // expect: 1
Trace(Exception(1))   // expect: échec

PROCÉDURE Masque(n est un entier)
nTotal est un entier = n
SI n > 0 ALORS
	nTotal est un entier = 9
	Trace("dedans " + nTotal)
FIN
RENVOYER nTotal

PROCÉDURE Types(n est un entier)
SELON n
	CAS 1
		x est un réel = 1.5
		RENVOYER x
	CAS 2
		x est une chaîne = "deux"
		RENVOYER x
	AUTRE CAS
		x est un booléen = Faux
		RENVOYER x
FIN

PROCÉDURE Exception(n est un entier)
r est un entier = 1
SI n > 0 ALORS
	ExceptionDéclenche(1, "non")
FIN
RENVOYER r
CAS EXCEPTION:
	r est une chaîne = "échec"
	RENVOYER r
