// Une procédure déclarée avec un seul type de résultat qui peut donner deux valeurs mais
// en donne aussi une (RENVOYER 3, ou la fin de son corps) : un appel qui reçoit deux noms
// peut arrêter l'exécution là, "got a single value", donc la vérification le dit encore
// à l'appel, en plus du WL110 au RENVOYER (1, 2) qui arrête tout appel qui l'atteint.
(a, b) sont des entiers = LUn(Faux) // error: WL110:1 Expected 2 values to assign, got a single value
(c, d) sont des entiers = Bout(Faux) // error: WL110:1 Expected 2 values to assign, got a single value
Trace(a, b, c, d)

PROCÉDURE LUn(bLesDeux est un booléen) : entier
SI bLesDeux ALORS RENVOYER (1, 2) // error: WL110:19 A value of type several values (RESULT (a, b): receive them with (x, y) = ...) cannot be used as a number
RENVOYER 3

PROCÉDURE Bout(bLesDeux est un booléen) : entier // warning: WL214:11 'Bout' is declared to return entier but can reach its end without RESULT: it then returns the type's default value
SI bLesDeux ALORS
	RENVOYER (1, 2) // error: WL110:2 A value of type several values (RESULT (a, b): receive them with (x, y) = ...) cannot be used as a number
FIN
