// Le RENVOYER d'une lambda qui donne un autre nombre de valeurs que sa liste de types de
// résultat : WL110, comme pour la liste d'un en-tête de PROCÉDURE
fPaire est une procédure = (x) : (entier, chaîne) => (x, "a")
fFaux est une procédure = (x) : (entier, entier) => 5 // error: WL110:53 RESULT gives 1 value(s) where the header of this lambda lists 2 result types: (entier, entier)
Trace(fPaire(1), fFaux(1))
