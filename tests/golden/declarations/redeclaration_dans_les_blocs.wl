// une variable redéclarée avec le même type dans un autre bloc de la même procédure
// (deux branches d'un SI ou d'un SELON, le corps et son CAS EXCEPTION, un bloc et le
// code qui le suit) est la même variable, réinitialisée là où la déclaration s'exécute
Trace(Décris(3)) // expect: petit 3
Trace(Décris(30)) // expect: grand 30
Trace(Genre(1)) // expect: un
Trace(Genre(2)) // expect: deux
Trace(Genre(7)) // expect: autre
Trace(Cherche(0)) // expect: construit, 404
// expect: introuvable 404
Trace(Cherche(-1)) // expect: construit, 500
// expect: échec 500
Trace(Après()) // expect: 1
// expect: 0
POUR k = 1 À 2
	total est un entier
	total += k
	Trace(total) // expect: 1
	// expect: 2
FIN

CProbleme est une Classe
	nCode est un entier
FIN

PROCÉDURE CProbleme::Constructeur(c est un entier)
	nCode = c
	Trace("construit", c)

PROCÉDURE Décris(n est un entier)
SI n < 10 ALORS
	i est un entier = n
	RENVOYER "petit " + i
SINON
	i est un entier = n
	RENVOYER "grand " + i
FIN

PROCÉDURE Genre(n est un entier)
SELON n
	CAS 1
		s est une chaîne = "un"
		RENVOYER s
	CAS 2
		s est une chaîne = "deux"
		RENVOYER s
	AUTRE CAS
		s est une chaîne = "autre"
		RENVOYER s
FIN

PROCÉDURE Cherche(n est un entier)
SI n < 0 ALORS
	ExceptionDéclenche(1, "clé invalide")
SINON SI n = 0 ALORS
	oProbleme est un CProbleme(404)
	RENVOYER "introuvable " + oProbleme.nCode
FIN
RENVOYER "trouvé"
CAS EXCEPTION:
	oProbleme est un CProbleme(500)
	RENVOYER "échec " + oProbleme.nCode

PROCÉDURE Après()
SI Vrai ALORS
	x est un entier = 1
	Trace(x)
FIN
x est un entier
RENVOYER x
