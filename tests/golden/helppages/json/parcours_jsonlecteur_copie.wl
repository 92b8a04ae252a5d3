// Instruction POUR TOUT sur une variable de type jsonLecteur ?1510029 : sa syntaxe 2,
// "Parcours sur un niveau avec copie" (POUR CHAQUE x DE Lecteur : chaque élément du
// niveau lu en entier dans x ; la page est coupée après sa première ligne : le corps de
// boucle est le nôtre, INFERRED, docs/builtins.md "jsonReader"). Le fichier est celui de
// parcours_jsonlecteur.wl.
sFichier est une chaîne = fRepTemp() + fSep() + "fichier.json"
fSauveTexte(sFichier, [
[
  {
    "id": 1,
    "nom": "Dupont",
    "ville": "Paris",
    "commandes": [
      {
        "numero": 101,
        "date": "2025-01-15",
        "montant": 250.5,
        "payee": true
      },
      {
        "numero": 102,
        "date": "2025-02-03",
        "montant": 80,
        "payee": false
      }
    ]
  },
  {
    "id": 2,
    "nom": "Martin",
    "ville": "Lyon",
    "commandes": [
      {
        "numero": 201,
        "date": "2025-03-10",
        "montant": 19.9,
        "payee": true
      },
      {
        "numero": 202,
        "date": "2025-03-11",
        "montant": 5,
        "payee": null
      }
    ]
  }
]
])
// Parcours sur un niveau avec copie
// Lecteur est la variable correspondant au fichier JSON
Lecteur est un jsonLecteur = JSONOuvreLecteur(sFichier)
POUR CHAQUE tableau_clients DE Lecteur
	// Lecture du tableau racine, copié en entier
	Trace(tableau_clients[1].nom, tableau_clients[2].commandes[1].numero)
FIN
// Puis chaque client copié, un niveau plus bas
Lecteur2 est un jsonLecteur = JSONOuvreLecteur(sFichier)
POUR CHAQUE Lecteur2
	POUR CHAQUE client DE Lecteur2
		Trace(client.nom, client.ville, client.commandes[2].montant)
	FIN
FIN
// Une valeur simple copiée est la valeur elle-même ; un membre passé est sauté
Lecteur3 est un jsonLecteur = JSONOuvreLecteur(sFichier)
POUR CHAQUE Lecteur3
	POUR CHAQUE Lecteur3
		POUR CHAQUE valeur DE Lecteur3
			SI Lecteur3..Nom = "nom" ALORS Trace(valeur)
		FIN
	FIN
FIN
fSupprime(sFichier)
// expect: Dupont, 201
// expect: Dupont, Paris, 80
// expect: Martin, Lyon, 5
// expect: Dupont
// expect: Martin
