// TableauInsère / Insère sur un tableau associatif : la clé puis la valeur, comme
// TableauAjoute (décidé, aucune page stockée) ; un vrai serveur enregistre ses clients
// ainsi : clients.Insère(client.id, client). Le résultat est le nombre d'éléments.
CClient est une Classe
	id est un entier
	nom est une chaîne
FIN
Clients est un tableau associatif de CClient dynamique
c est un CClient dynamique = allouer un CClient
c.id = 12 ; c.nom = "nord"
Trace(Clients.Insère(c.id, c))          // expect: 1
d est un CClient dynamique = allouer un CClient
d.id = 40 ; d.nom = "sud"
Trace(TableauInsère(Clients, d.id, d))  // expect: 2
Trace(Clients[40].nom, Clients[12].nom) // expect: sud, nord
// une clé existante : sa valeur est remplacée
Taux est un tableau associatif de réels
TableauInsère(Taux, "eur", 1)
Trace(TableauInsère(Taux, "eur", 1.08), Taux["eur"]) // expect: 1, 1.08
// sans la valeur : la valeur vide du type des éléments
Trace(Insère(Taux, "usd"), Taux["usd"]) // expect: 2, 0
// un tableau ordinaire prend toujours un rang
t est un tableau de chaînes = ["a", "c"]
Trace(TableauInsère(t, 2, "b"), TableauVersChaîne(t, "")) // expect: 2, abc
