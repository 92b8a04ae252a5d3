// en français : une variable passée au paramètre d'une méthode déclaré d'un autre type,
// la classe de l'objet étant connue
CCompte est une Classe
FIN
c est un CCompte
nTotal est un entier = 5
sCode est une chaîne = "7"
c.Libellé(nTotal) // error: WL116:11 'nTotal' is an int and the parameter 'sTexte' of CCompte::Libellé is a string: WINDEV's compiler refuses a variable of another type there
c.DOUBLE(sCode) // error: WL116:10 'sCode' is a string and the parameter 'n' of CCompte::Double is an int: WINDEV's compiler refuses a variable of another type there
CCompte::Somme(sCode) // error: WL116:16 'sCode' is a string and the parameter 'n' of CCompte::Somme is an int: WINDEV's compiler refuses a variable of another type there
c.Libelle(sCode)
PROCÉDURE CCompte::Libellé(sTexte est une chaîne)
Trace("[" + sTexte + "]")
PROCÉDURE CCompte::Double(n est un entier)
Trace(n * 2)
PROCÉDURE GLOBALE CCompte::Somme(n est un entier)
Trace(n + 1)
