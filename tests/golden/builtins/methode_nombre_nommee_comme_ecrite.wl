// Une méthode d'une valeur appelée avec trop de paramètres : le message nomme la
// méthode comme la ligne l'écrit et la fonction qu'elle est, en comptant la valeur.
sNom est une chaîne = "dupont"
Trace(sNom.MAJUSCULE()) // expect: DUPONT
vNom est un Variant = "martin"
QUAND EXCEPTION DANS
    Trace(vNom.Majuscule(1, 2))
FAIRE
    Trace(ExceptionInfo()) // expect: The method .Majuscule() is Majuscule, which expects 1 parameter(s) counting the value it is called on, but received 3.
FIN
sNom.majuscule(1) // expect error: The method .majuscule() is Majuscule, which expects 1 parameter(s) counting the value it is called on, but received 2.
