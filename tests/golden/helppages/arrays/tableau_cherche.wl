// Page d'aide <Tableau>.Cherche (doc.pcsoft.fr ?1000024302) : son exemple, tel qu'écrit,
// avec un Trace à la place de l'Info qui affiche le résultat annoncé.
tabMonTableau est un tableau de 0 chaîne
// Remplir le tableau
tabMonTableau.Ajoute("WINDEV")
tabMonTableau.Ajoute("WEBDEV")
tabMonTableau.Ajoute("WINDEV et WEBDEV")
// Chercher "WINDEV"
ResIndice est un entier
ResIndice = tabMonTableau.Cherche(tcLinéairePremier, "WINDEV")
Trace("La chaîne WINDEV est à l'indice : " + ResIndice)
// Retourne : "La chaîne WINDEV est à l'indice : 1"
// expect: La chaîne WINDEV est à l'indice : 1
