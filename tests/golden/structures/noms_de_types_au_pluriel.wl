// Une structure, une classe ou une énumération nommée au pluriel dans un type
// (`tableau associatif de Compteurs` pour la structure Compteur) est ce type (issue 8).
Compteur est une Structure
	n est un entier
FIN
t est un tableau associatif de Compteurs
t["a"].n = 3
Trace(t["a"].n, TypeVar(t["a"]) = wlStructure) // expect: 3, 1
CCompte est une Classe
	solde est un entier
FIN
c est un tableau de 3 CComptes
c[1].solde = 4
Trace(c[1].solde, TypeVar(c[3]) = wlInstance) // expect: 4, 1
Canal est une Énumération
	Courriel
	Sms
FIN
k est un tableau de 2 Canaux
Trace(k[2] = Courriel) // expect: 1
