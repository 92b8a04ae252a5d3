// Une procédure déclarée avec un seul type de résultat dont le RENVOYER donne deux
// valeurs : l'exécution convertit la valeur au type et s'arrête au RENVOYER, la
// vérification le dit là, avec les mots de l'exécution (WL110) ; elle disait "got a
// single value" à l'appel qui reçoit deux noms, rien à celui qui range dans une variable.
// Un résultat Variant, ou une liste de types, les prend.
(a, b) est un entier = Paire()
x est une chaîne = Libellé()
y est un Variant = Libre()
(c, d) est un entier = Listés()
Trace(a, b, x, y, c, d)

PROCÉDURE Paire() : entier
renvoyer (1, 2) // error: WL110:1 A value of type several values (RESULT (a, b): receive them with (x, y) = ...) cannot be used as a number

PROCÉDURE Libellé() : chaîne
SI DateDuJour() <> "" ALORS RENVOYER ("a", "b") // error: WL110:29 A value of type several values (RESULT (a, b): receive them with (x, y) = ...) cannot be converted to a string
RENVOYER "c"

PROCÉDURE Libre() : variant
RENVOYER (1, 2)

PROCÉDURE Listés() : (entier, entier)
RENVOYER (3, 4)
