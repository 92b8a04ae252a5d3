// La valeur d'une énumération en JSON est son nom, et Désérialise la relit (Sérialise d'une
// structure avec un membre énuméré échouait et laissait le buffer vide).
Livraison est une Énumération
	Poste
	Coursier = "C"
FIN
STCommande est une Structure
	livraison est une Livraison
FIN
stCommande est une STCommande
stCommande.livraison = Coursier
bufCommande est un Buffer
Sérialise(stCommande, bufCommande, psdJSON)
Trace(bufCommande) // expect: {"livraison":"Coursier"}
stRelue est une STCommande
Désérialise(stRelue, bufCommande, psdJSON)
Trace(stRelue.livraison) // expect: Coursier
