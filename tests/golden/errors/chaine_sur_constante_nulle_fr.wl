// Une `chaîne sur N` dont N est une constante entière inférieure à 1 nomme la constante
// comme écrite, avec sa valeur (le message disait « not 0 », ou la constante en minuscules).
CONSTANTE
    TAILLE_MAX = -2
FIN
Trace("jamais affiché")
sCode est une chaîne sur TAILLE_MAX = "ABC" // expect error: the size of a 'string on N' is a whole number of characters, 1 or more, or an integer constant, not TAILLE_MAX (-2)
