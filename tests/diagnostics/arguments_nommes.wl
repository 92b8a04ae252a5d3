// paramètres nommés que le compilateur refuse (docs/semantics.md "Named arguments")
Trace(Remise(nMontan : 80)) // error: WL104:14 Remise has no parameter named 'nMontan' (its parameters: nMontant, nTaux)
Trace(remise(NTAUX : 5)) // error: WL104:7 remise: the parameter nMontant has no default value and must be given
Trace(Remise(200, nMontant : 5)) // error: WL104:19 Remise: the parameter nMontant is given twice
Trace(Remise(nTaux : 5, 200)) // error: WL111:25 an argument given by its position cannot follow a named one: give the positional arguments first
Trace(Gauche("abcdef", nLongueur : 2)) // error: WL111:24 'nLongueur :' names a parameter, but Gauche is a WLanguage function, whose parameters have no names: give its arguments by position
p est une procédure = Remise
Trace(p(nMontant : 1)) // error: WL111:9 'nMontant :' names a parameter: only a procedure or method of the program, its parameters known where it is called, takes named arguments
t est un tableau de 3 entiers
Trace(t[nIndice : 2]) // error: WL111:9 'nIndice :' names a parameter: only a procedure or method of the program, its parameters known where it is called, takes named arguments
o est un CBoutique
o.Vendre(nQté : 2, nQte : 3) // error: WL104:20 Vendre: the parameter nQté is given twice
Trace(Affiche(n : 1)) // error: WL111:15 Affiche has several syntaxes, chosen by the arguments' positions and types: 'n :' cannot name a parameter of one

PROCÉDURE Remise(nMontant est un entier, nTaux est un entier = 10)
RENVOYER nMontant * nTaux / 100

CBoutique est une Classe
FIN

PROCÉDURE CBoutique::Vendre(nQté est un entier, nPrix est un entier = 1)
RENVOYER nQté * nPrix

PROCÉDURE Affiche(n est un entier)
RENVOYER n

PROCÉDURE Affiche(s est une chaîne)
RENVOYER s
