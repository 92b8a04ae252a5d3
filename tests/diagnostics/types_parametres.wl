// en français : une variable passée à un paramètre déclaré d'un autre type
nIndice est un entier = 7
sCode est une chaîne = "12"
Affiche(nIndice) // error: WL116:9 'nIndice' is an int and the parameter 'sTexte' of Affiche is a string: WINDEV's compiler refuses a variable of another type there
Affiche(sCode)
Double(sCode) // error: WL116:8 'sCode' is a string and the parameter 'n' of Double is an int: WINDEV's compiler refuses a variable of another type there

PROCÉDURE Affiche(sTexte est une chaîne)
Trace(sTexte)
PROCÉDURE Double(n est un entier)
Trace(n * 2)
