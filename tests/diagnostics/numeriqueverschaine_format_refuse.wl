// Un format de NumériqueVersChaîne écrit en littéral qu'elle ne sait pas lire (un masque
// d'affichage "# ##0,00", le "%.2f" du C) arrête l'exécution à l'appel ; wl check le
// dit là, avec les mots de l'exécution (WL115 ; il ne disait rien). Un format dans une
// variable est laissé à l'exécution.
mTotal est un monétaire = 1234.5
Trace(NumériqueVersChaîne(mTotal, "# ##0,00") + " €") // error: WL115:7 NumToString: invalid format '# ##0,00'
Trace(numeriqueverschaine(mTotal, "%.2f")) // error: WL115:7 NumToString: invalid format '%.2f'
sFormat est une chaîne = "zz"
Trace(NumériqueVersChaîne(mTotal, "12,2fS"), NumériqueVersChaîne(mTotal, sFormat))
