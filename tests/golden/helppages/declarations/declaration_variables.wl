// Page d'aide "Déclaration des variables" (?1514032) : ses trois syntaxes, `<Nom> est
// <Type>`, `... est <Type> = <Valeur initiale>`, `<Nom 1>, <Nom 2> sont des <Type>` ;
// "un" et "une" sont facultatifs.
NomClient est chaîne
NomClient = "Dupont"
Compteur est un entier = 5
Prix est un monétaire = 9.99
Prénom, Nom sont des chaînes
Prénom = "Jean"
Nom = "Martin"
Taux est une réel = 0.5
Trace(NomClient, Compteur, Prix, Prénom, Nom, Taux) // expect: Dupont, 5, 9.99, Jean, Martin, 0.5
