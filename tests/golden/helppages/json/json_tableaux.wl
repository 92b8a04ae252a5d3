// Page d'aide "JSON (Type de variable)" (doc.pcsoft.fr) : les membres d'une variable JSON
// se créent en les écrivant ; écrire un élément d'un membre pas encore écrit en fait un
// tableau JSON.
Commande est un JSON
Commande.Numéro = 12
Commande.Lignes[1].Article = "Stylo"
Commande.Lignes[1].Quantité = 3
Commande.Lignes[2].Article = "Cahier"
Commande.Lignes[2].Quantité = 2
total est un entier
POUR TOUT Ligne DE Commande.Lignes
	total += Ligne.Quantité
FIN
Trace(Commande.Lignes..Occurrence, total) // expect: 2, 5
Trace(Commande.Lignes[2].Article) // expect: Cahier
