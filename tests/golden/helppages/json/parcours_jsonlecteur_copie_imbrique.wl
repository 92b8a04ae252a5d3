// Instruction POUR TOUT sur une variable de type jsonLecteur ?1510029 : l'exemple de sa
// syntaxe 2, "Parcours sur un niveau avec copie", tel que la page l'écrit (les boucles et
// le test sur propriété_client.Nom sont de la page ; les Trace et le fichier sont les
// nôtres : la page ne montre pas le fichier, le nôtre a le membre "addresses" que son
// test nomme). Chaque membre d'un objet copié est parcouru avec son nom (VERIFIED :
// propriété_client.Nom) ; ce que .Nom donne d'un membre est INFERRED (docs/builtins.md
// "The jsonReader type").
sFichier est une chaîne = fRepTemp() + fSep() + "fichier_copie.json"
fSauveTexte(sFichier, [
[
  {
    "id": 1,
    "name": "Dupont",
    "addresses": [
      {"street": "1 rue de la Paix", "city": "Paris"},
      {"street": "5 quai Saint-Vincent", "city": "Lyon"}
    ]
  },
  {
    "id": 2,
    "name": "Martin",
    "addresses": [
      {"street": "8 place Bellecour", "city": "Lyon"}
    ]
  }
]
])
// Parcours sur un niveau avec copie
// Lecteur est la variable correspondant au fichier JSON
Lecteur est un jsonLecteur = JSONOuvreLecteur(sFichier)
POUR CHAQUE tableau_clients DE Lecteur
	POUR CHAQUE client DE tableau_clients
		POUR CHAQUE propriété_client DE client
			SI propriété_client.Nom = "addresses" ALORS
				POUR CHAQUE adresse DE propriété_client
					POUR CHAQUE propriété_adresse DE adresse
						Trace(client.name, propriété_adresse.Nom, propriété_adresse)
					FIN
				FIN
			SINON
				Trace(propriété_client.Nom + " = " + propriété_client)
			FIN
		FIN
	FIN
FIN
fSupprime(sFichier)
// expect: id = 1
// expect: name = Dupont
// expect: Dupont, street, 1 rue de la Paix
// expect: Dupont, city, Paris
// expect: Dupont, street, 5 quai Saint-Vincent
// expect: Dupont, city, Lyon
// expect: id = 2
// expect: name = Martin
// expect: Martin, street, 8 place Bellecour
// expect: Martin, city, Lyon
