// Les arguments nommés sont évalués dans l'ordre écrit, pas dans l'ordre de leurs
// paramètres (décidé, INFÉRÉ : docs/semantics.md « Named arguments », comme dans tout
// langage qui en a) : Suivant() donne ici sa valeur à nB d'abord. Procédures, méthodes
// par `.` et `:`, méthodes GLOBALES ; une valeur sans effet (variable, littéral) passe telle quelle.
gnSuivant est un entier = 0
Affiche(nB : Suivant(), nA : Suivant())          // expect: a=2 b=1
Affiche(nA : Suivant(), nB : Suivant())          // expect: a=3 b=4
AFFICHE(10, NB : Suivant())                      // expect: a=10 b=5
x est un entier = 100
Affiche(nB : Suivant(), nA : x)                  // expect: a=100 b=6
o est un CPaire
o.Affiche(nB : Suivant(), nA : Suivant())        // expect: paire a=8 b=7
o:Affiche(nB : Suivant() * 10, nA : Suivant())   // expect: paire a=10 b=90
CPaire.LesDeux(nB : Suivant(), nA : Suivant())   // expect: les deux a=12 b=11

PROCÉDURE Suivant()
gnSuivant++
RENVOYER gnSuivant

PROCÉDURE Affiche(nA, nB)
Trace("a=" + nA + " b=" + nB)

CPaire est une Classe
FIN

PROCÉDURE CPaire::Affiche(nA, nB)
Trace("paire a=" + nA + " b=" + nB)

PROCÉDURE GLOBALE CPaire::LesDeux(nA, nB)
Trace("les deux a=" + nA + " b=" + nB)
