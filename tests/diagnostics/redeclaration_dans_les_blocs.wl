// redéclarée dans un autre bloc avec le même type : la même variable (pas d'erreur) ;
// dans le même bloc : WL105 ; dans un bloc intérieur : une nouvelle variable qui masque
// celle de dehors (WL205) ; dans un bloc frère avec un autre type : une autre variable
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
	nTotal est un entier = 2 // warning: WL205:2 'nTotal' hides the variable of the same name declared at line 16
	Trace(nTotal)
FIN
Trace(nTotal)

PROCÉDURE AutreType(n est un entier)
SI n > 0 ALORS
	v est un entier = 1
	Trace(v)
SINON
	v est une chaîne = "a"
	v est un booléen // error: WL105:2 'v' is already declared as string
	Trace(v)
FIN
CAS EXCEPTION:
	v est un entier = 0
	Trace(v)
