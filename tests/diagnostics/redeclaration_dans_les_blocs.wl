// redéclarée dans un autre bloc avec le même type : la même variable (pas d'erreur) ;
// dans le même bloc, dans un bloc que celui de la première déclaration contient, ou avec
// un autre type : WL105
PROCÉDURE Branches(n est un entier)
SELON n
	CAS 1
		s est une chaîne = "un"
		Trace(s)
	AUTRE CAS
		s est une chaîne = "autre"
		s est une chaîne // error: WL105:3 's' is declared twice
		Trace(s)
FIN

PROCÉDURE Imbriquée(n est un entier)
nTotal est un entier = n
POUR i = 1 À n
	nTotal est un entier // error: WL105:2 'nTotal' is declared twice
	Trace(nTotal)
FIN

PROCÉDURE AutreType(n est un entier)
SI n > 0 ALORS
	v est un entier = 1
	Trace(v)
SINON
	v est une chaîne // error: WL105:2 'v' is already declared as int
	Trace(v)
FIN
CAS EXCEPTION:
	v est un entier = 0
	Trace(v)
