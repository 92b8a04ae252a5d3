// TableauTrie avec une procédure de comparaison : une procédure globale (dont les
// paramètres ont tous une valeur par défaut : passée, pas appelée), nommée dans un
// texte, ou une méthode de la classe passée depuis une de ses méthodes (`CListe::Compare`
// s'exécute sur l'objet en cours, avec ses membres)
CListe est une Classe
	m_tab est un tableau d'entiers
	m_nSens est un entier = 1
FIN
tab est un tableau d'entiers = [3, 1, 2]
TableauTrie(tab, ttFonction, Décroissant)
Trace(tab[1], tab[2], tab[3]) // expect: 3, 2, 1
TableauTrie(tab, ttFonction, "croissant")
Trace(tab[1], tab[2], tab[3]) // expect: 1, 2, 3
l est un CListe
TableauAjoute(l.m_tab, 5)
TableauAjoute(l.m_tab, 9)
TableauAjoute(l.m_tab, 7)
l.m_nSens = -1
l.Trie()
Trace(l.m_tab[1], l.m_tab[2], l.m_tab[3]) // expect: 9, 7, 5

PROCÉDURE Décroissant(a = 0, b = 0)
RENVOYER b - a

PROCÉDURE Croissant(a, b)
RENVOYER a - b

PROCÉDURE CListe::Compare(a, b)
RENVOYER m_nSens * (a - b)

PROCÉDURE CListe::Trie()
TableauTrie(m_tab, ttFonction, CListe::Compare)
