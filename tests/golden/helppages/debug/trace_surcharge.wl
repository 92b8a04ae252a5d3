// Page d'aide "Trace (Fonction)" (doc.pcsoft.fr ?3013050) : son exemple tel qu'il est
// écrit, le résultat du calcul ayant une valeur. La procédure nommée Trace surcharge la
// fonction et n'affiche rien hors du mode test (EnModeTest() vaut Faux sous `wl run`) ;
// WL.Trace atteint la fonction du WLangage.
ResCalcul est un entier = 42
// Affichage d'informations dans la fenêtre de trace
Trace("Résultat du calcul : " + ResCalcul)
// Appel de la fonction Trace surchargée
WL.Trace("Lancement de la trace")
// expect: Lancement de la trace

// Surcharge de l'affichage de la trace
PROCÉDURE Trace(MessageAAfficher)
SI EnModeTest() ALORS Trace(MessageAAfficher)
