// Une procédure déclarée avec un seul type de résultat qui peut donner deux valeurs
// (RENVOYER (1, 2)) mais en donne une à cet appel (RENVOYER 3) : l'exécution s'arrête à
// l'appel qui reçoit deux noms, "got a single value", où `wl check` le dit aussi
// (tests/diagnostics/un_resultat_donne_ici.wl) ; le RENVOYER (1, 2) ne s'exécute pas ici
Trace("début") // expect: début
(a, b) sont des entiers = LUn(Faux) // expect error: Expected 2 values to assign, got a single value.
Trace(a, b)

PROCÉDURE LUn(bLesDeux est un booléen) : entier
SI bLesDeux ALORS RENVOYER (1, 2) // wl: ignore[WL110]
RENVOYER 3
