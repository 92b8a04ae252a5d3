// Une Durée rangée dans un booléen, par =, += ou -= : l'exécution s'arrête ; WL110 au
// booléen. Une Date ajoutée à un booléen n'est pas dite.
PROCÉDURE Drapeaux(bFini est un booléen, duAttente est une Durée, dÉchéance est une Date)
bFini = duAttente // error: WL110:1 a value of type duration cannot be used as a boolean: 'bFini' is a boolean, and duAttente is a Duration
bFini += duAttente // error: WL110:1 a value of type duration cannot be used as a boolean: 'bFini' is a boolean, and bFini + duAttente is a Duration
bFini -= 2 s // error: WL110:1 a value of type duration cannot be used as a boolean: 'bFini' is a boolean, and bFini - 2 s is a Duration
bEnRetard est un booléen = 1 min 30 s // error: WL110:1 a value of type duration cannot be used as a boolean: 'bEnRetard' is a boolean, and 1 min 30 s is a Duration
bFini += dÉchéance
Trace(bFini, bEnRetard)
