// Page d'aide Sérialise (?3013065) : son exemple, tel qu'écrit, avec un Trace du
// tableau reconstruit.
// Cet exemple montre l'utilisation des fonctions Sérialise/Désérialise
// avec une variable de type Tableau. 
// Ces fonctions peuvent utiliser tous les types de variables WLangage.

MonTableau est un tableau de chaînes
bufRésultat est un Buffer

// Ajoute des éléments dans le tableau
Ajoute(MonTableau, "WINDEV")
Ajoute(MonTableau, "WEBDEV")
Ajoute(MonTableau, "WINDEV MOBILE")

// Sérialise le tableau dans le buffer en JSON
// => Sauve le tableau et tout son contenu dans une chaîne JSON
Sérialise(MonTableau, bufRésultat, psdJSON)

// Désérialise le buffer JSON
// => Reconstruit le tableau WLangage à partir de la chaîne JSON
MonTableauReconstruit est un tableau de chaînes
Désérialise(MonTableauReconstruit, bufRésultat, psdJSON)
Trace(MonTableauReconstruit.Occurrence, MonTableauReconstruit[2]) // expect: 3, WEBDEV
