// MesParamètres écrit seul en argument d'une fonction qui prend un tableau est ce
// tableau (Occurrence, TableauVersChaîne, TableauOccurrence, TableauCherche) : il n'est
// réparti en un argument par paramètre que pour une procédure ou une méthode du
// programme et une fonction qui prend un nombre quelconque de valeurs (Trace, Erreur)
Liste("a", "b", "c")
Transmet("x", "y")
PROCÉDURE Liste(*)
Trace(Occurrence(MesParamètres)) // expect: 3
Trace(TableauVersChaîne(MesParamètres)) // expect: a	b	c
Trace(TableauOccurrence(MesParamètres)) // expect: 3
Trace(TableauCherche(MesParamètres, tcLinéaire, "b")) // expect: 2
Trace(MesParamètres.Occurrence) // expect: 3
Trace(MesParamètres) // expect: a, b, c
PROCÉDURE Transmet(*)
Paire(MesParamètres) // expect: x+y
Trace(Occurrence(MesParamètres), TableauVersChaîne(MesParamètres, "/")) // expect: 2, x/y
PROCÉDURE Paire(p1, p2)
Trace(p1 + "+" + p2)
