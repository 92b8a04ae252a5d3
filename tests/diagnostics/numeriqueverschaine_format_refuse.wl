// Un format de NumériqueVersChaîne écrit en littéral : au-delà de ses limites (une
// largeur de plus de 10000), l'exécution s'arrête à l'appel et wl check le dit là avec
// ses mots (WL115). Hors de la grammaire de sa page d'aide ?3024024 (un masque
// d'affichage "# ##0,00", le "%.2f" du C, le "2d,2" d'un restaurant), WINDEV le compile :
// l'exécution le lit comme le runtime de PC SOFT, et wl check avertit (WL223 ; c'était
// l'erreur WL115 et l'exécution s'arrêtait). Un format dans une variable est laissé à
// l'exécution.
mTotal est un monétaire = 1234.5
Trace(NumériqueVersChaîne(mTotal, "# ##0,00") + " €") // warning: WL223:7 NumToString: the format '# ##0,00' does not end with a type (d, f, e, x, o or b): NumToString gives an empty string
Trace(numeriqueverschaine(mTotal, "%.2f")) // warning: WL223:7 NumToString: the format '%.2f' is not written as ?3024024 gives: it is read as '.2f'
RENVOYER_MONTANT est un entier = 12
Trace(NUMERIQUEVERSCHAINE(RENVOYER_MONTANT, "2d,2")) // warning: WL223:7 NumToString: the format '2d,2' does not end with a type (d, f, e, x, o or b): NumToString gives an empty string
Trace(NumériqueVersChaîne(mTotal, "99999d")) // error: WL115:7 NumToString: invalid format '99999d' (precision at most 30, width at most 10000)
sFormat est une chaîne = "zz"
Trace(NumériqueVersChaîne(mTotal, "12,2fS"), NumériqueVersChaîne(mTotal, sFormat))
