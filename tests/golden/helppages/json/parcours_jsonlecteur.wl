// Instruction POUR TOUT sur une variable de type jsonLecteur ?1510029 (WINDEV 2025
// Update 3) : son exemple "Parcours sur un niveau", les boucles imbriquées telles que la
// page les écrit. La page ne montre pas le fichier traité : le nôtre a les lignes que ses
// commentaires nomment (tableau racine ligne 1, objets lignes 2 et 21, leurs membres
// lignes 3 à 6 et 22 à 25, objets lignes 7, 13, 26 et 32, leurs membres lignes 8 à 11,
// 14 à 17, 27 à 30 et 33 à 36), écrit dans le dossier temporaire. Les Trace sont les
// nôtres : ..Nom et ..Valeur sont INFERRED (docs/builtins.md "jsonReader").
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
// Parcours sur un niveau
// Lecteur est la variable correspondant au fichier JSON
Lecteur est un jsonLecteur = JSONOuvreLecteur(sFichier)
POUR CHAQUE Lecteur
	// Lecture du tableau racine ligne 1
	Trace("racine")
	POUR CHAQUE Lecteur
		// Lecture des objets lignes 2 et 21
		Trace(" objet")
		POUR CHAQUE Lecteur
			// Lecture des membres lignes 3 à 5, 22 à 24
			Trace("  " + Lecteur..Nom)
			POUR CHAQUE Lecteur
				// Lecture des objets lignes 7, 13, 26 et 32
				POUR CHAQUE Lecteur
					// Lecture des membres lignes 8 à 11, 14 à 17, 27 à 30 et 33 à 36
					SI Lecteur..Nom = "numero" ALORS Trace("   commande " + Lecteur..Valeur)
				FIN
			FIN
		FIN
	FIN
FIN
fSupprime(sFichier)
// expect: racine
// expect:  objet
// expect:   id
// expect:   nom
// expect:   ville
// expect:   commandes
// expect:    commande 101
// expect:    commande 102
// expect:  objet
// expect:   id
// expect:   nom
// expect:   ville
// expect:   commandes
// expect:    commande 201
// expect:    commande 202
