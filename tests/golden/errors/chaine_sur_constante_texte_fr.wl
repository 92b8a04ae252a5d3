// Une `chaîne sur N` dont N est une constante qui n'est pas un entier nomme la constante
// comme écrite, avec sa valeur (le message disait « not taille_max », sans elle).
CONSTANTE
    TAILLE_MAX = "dix"
FIN
Trace("jamais affiché")
sCode est une chaîne sur TAILLE_MAX = "ABC" // expect error: the size of a 'string on N' is a whole number of characters, 1 or more, or an integer constant, not TAILLE_MAX ("dix")
