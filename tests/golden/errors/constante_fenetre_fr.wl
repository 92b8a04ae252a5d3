// Une constante de fenêtre lue hors d'une fenêtre (décidé : docs/check.md "Window
// controls") : `wl check` avertit (WL212) et l'exécution s'arrête où elle est lue, en
// disant ce qu'elle est ; une variable de ce nom est une variable
QUAND EXCEPTION DANS
    nEtat est un entier = Actif
FAIRE
    Trace(ExceptionInfo(errMessage))   // expect: Actif is a window constant (a control's state (State property)): not available outside a window (wlinterp runs code without windows).
FIN
Trace(Propre())   // expect: 1
nRéponse est un entier = 1
SI nRéponse = Oui ALORS
    Trace("jamais")
FIN
// expect error: Oui is a window constant (an answer of YesNo / OuiNon): not available outside a window

PROCÉDURE Propre()
Actif est un booléen = Vrai
RENVOYER Actif
