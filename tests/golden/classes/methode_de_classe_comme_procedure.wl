// `CClasse::Méthode` nommée sans les arguments qu'elle attend désigne la méthode, comme
// le nom d'une procédure : les fonctions qui prennent une procédure (TableauTrie avec
// ttFonction, <Tableau>.Trie, Filtre, Transforme, Agrège) l'appellent, sur sa classe
CCalcul est une Classe
	GLOBAL
		s_appels est un entier
FIN
t est un tableau d'entiers = [3, 1, 2, 5]
TableauTrie(t, ttFonction, CCalcul::Décroissant)
Trace(TableauVersChaîne(t, ",")) // expect: 5,3,2,1
t.Trie(ttFonction, CCalcul::Croissant)
Trace(TableauVersChaîne(t, ",")) // expect: 1,2,3,5
impairs est un tableau d'entiers = Filtre(t, CCalcul::EstImpair)
Trace(TableauVersChaîne(impairs, ",")) // expect: 1,3,5
doubles est un tableau d'entiers = Transforme(t, CCalcul::Double)
Trace(TableauVersChaîne(doubles, ",")) // expect: 2,4,6,10
Trace(Agrège(t, CCalcul::Ajoute, 0)) // expect: 11
p est une procédure = CCalcul::Double
Trace(p(21)) // expect: 42
Trace(CCalcul::Appels) // expect: Décroissant appelée
PROCÉDURE GLOBALE CCalcul::Décroissant(a, b)
CCalcul::s_appels++
RENVOYER b - a
PROCÉDURE GLOBALE CCalcul::Croissant(a, b)
RENVOYER a - b
PROCÉDURE GLOBALE CCalcul::EstImpair(x)
RENVOYER x % 2 = 1
PROCÉDURE GLOBALE CCalcul::Double(x)
RENVOYER 2 * x
PROCÉDURE GLOBALE CCalcul::Ajoute(acc, x)
RENVOYER acc + x
PROCÉDURE GLOBALE CCalcul::Appels()
SI CCalcul::s_appels > 0 ALORS RENVOYER "Décroissant appelée"
RENVOYER "jamais"
