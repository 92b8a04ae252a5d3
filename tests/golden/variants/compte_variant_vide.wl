// `v.Occurrence()` et `Occurrence(v)` sur un variant vide valent 0 : il n'a aucun
// élément (décidé, docs/semantics.md "Methods on an empty variant") ; les deux
// arrêtaient l'exécution. Une méthode de valeur sur un récepteur dont le code ne dit pas
// le type (le résultat d'une procédure) donne ce qu'elle donne sur un variant vide.
v est un Variant = Null
Trace(v.Occurrence(), Occurrence(v), v.Count())   // expect: 0, 0, 0
v = [4, 5]
Trace(v.Occurrence(), Occurrence(v))   // expect: 2, 2
w est un Variant = Null
Trace(w.Occurrence() + 1)   // expect: 1
Trace(Rien().FinitPar("a"), Rien().Taille(), "[" + Rien().Majuscule() + "]")   // expect: 0, 0, []
Trace(Mot().FinitPar("a"))   // expect: 1
Trace(Occurrence("abc")) // expect error: Occurrence: give the text to count as second parameter when counting in a string, or count an array.

PROCÉDURE Rien()
RENVOYER Null

PROCÉDURE Mot()
RENVOYER "donnéea"
