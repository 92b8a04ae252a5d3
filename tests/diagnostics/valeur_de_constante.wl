// la valeur d'une constante qui nomme ce qui n'est pas une constante : WL111 à ce nom
CONSTANTE
    TAILLE = Inconnue // error: WL111:14 'Inconnue' is not declared: a constant's value uses only literals and other constants
    DÉLAI = nDélai + 1 // error: WL111:13 'nDélai' is a variable: a constant's value uses only literals and other constants
FIN
nDélai est un entier = 2
Trace(TAILLE, DÉLAI, nDélai)
