// `chaîne sur N` dont la taille n'est pas un entier d'au moins 1 ni une constante entière
// est refusée avant l'exécution (elle était ignorée).
Trace("jamais affiché")
sCode est une chaîne sur -1 = "ABCDEF" // expect error: the size of a 'string on N' is a whole number of characters, 1 or more, or an integer constant, not -1
