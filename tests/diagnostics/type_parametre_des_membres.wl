// WL116 pour un membre ou un élément au type déclaré
STClient est une Structure
    nNuméro est un entier
FIN
c est un STClient
tNoms est un tableau de chaînes
Affiche(c.nNuméro) // error: WL116:9 'c.nNuméro' is an int and the parameter 'sTexte' of Affiche is a string: WINDEV's compiler refuses a value of another type there
Compte(tNoms[1]) // error: WL116:8 'tNoms[...]' is a string and the parameter 'n' of Compte is an int: WINDEV's compiler refuses a value of another type there

PROCÉDURE Affiche(sTexte est une chaîne)
Trace(sTexte)

PROCÉDURE Compte(n est un entier)
Trace(n)
