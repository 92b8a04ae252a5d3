// Une ligne d'un tableau à deux dimensions passée à un paramètre déclaré numérique :
// l'exécution s'arrête au paramètre (WL116)
tab est un tableau de 3 par 2 monétaires
Somme(TAB[1]) // error: WL116:7 'TAB[...]' (a row of the array 'TAB', which has 2 dimensions) is an array and the parameter 'm' of Somme is a currency: no array can be stored there
Somme(tab[1, 2])
PROCÉDURE Somme(m est un monétaire)
Trace(m)
