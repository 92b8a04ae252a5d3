// Une chaîne de 20 000 objets : Sérialise la parcourt plus profondément que la pile ne le
// permet ; le débordement de pile (interceptable) nomme la valeur, pas des appels
Maillon est une Classe
	suivant est un Maillon dynamique
	n est un entier
FIN
tete est un Maillon dynamique
POUR i = 1 À 20000
	m est un Maillon dynamique = nouveau Maillon
	m.n = i
	m.suivant = tete
	tete = m
FIN
Trace(tete.n) // expect: 20000
QUAND EXCEPTION DANS
	s est une chaîne = Sérialise(tete, psdJSON)
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: Stack overflow: the value is nested too deeply (objects, arrays or structures inside one another) for this operation.
FIN
Trace(tete.suivant.n) // expect: 19999
