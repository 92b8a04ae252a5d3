// Une méthode de la classe nommée seule là où une fonction attend une procédure, dans une
// méthode de cette classe (`TableauTrie(t, ttFonction, Compare)`) : cette méthode, comme
// `::Compare` la nomme ; une méthode GLOBALE s'exécute sur sa classe. C'était lu comme un
// appel de Compare sans arguments : "Compare expects 2 parameter(s) but received 0".
CTri est une Classe
	m_nSens est un entier = 1
FIN
o est un CTri
t est un tableau d'entiers = [3, 1, 2]
o.TrieDécroissant(t)
Trace(TableauVersChaîne(t, ",")) // expect: 3,2,1
o.trieCroissant(t)
Trace(TableauVersChaîne(t, ",")) // expect: 1,2,3

PROCÉDURE CTri::TrieDécroissant(t est un tableau d'entiers)
m_nSens = -1
TableauTrie(t, ttFonction, Compare)

PROCÉDURE CTri::TrieCroissant(t est un tableau d'entiers)
TABLEAUTRIE(t, ttFonction, compareCroissant)

PROCÉDURE CTri::Compare(a est un entier, b est un entier)
RENVOYER m_nSens * (a - b)

PROCÉDURE GLOBALE CTri::CompareCroissant(a est un entier, b est un entier)
RENVOYER a - b
