// Exécute ?3013041 (page française), son exemple : le clic d'un bouton y affiche 4
// (Trace pour l'Info de la page) ; les paramètres sont toujours passés par valeur
// Exécution d'une procédure
Exécute("Proced1")   // expect: Proced1
// Exécution d'une procédure retournant un résultat
Trace(Exécute("Doubler_Nombre", 2)) // expect: 4
n est un entier = 5
Trace(EXECUTE("Augmente", n), n)   // expect: 6, 5

PROCÉDURE Proced1()
Trace("Proced1")

// Procédure Doubler_Nombre
PROCÉDURE Doubler_Nombre(X)
RENVOYER 2*X

PROCÉDURE Augmente(x)
x++
RENVOYER x
