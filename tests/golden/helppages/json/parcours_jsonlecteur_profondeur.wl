// Instruction POUR TOUT sur une variable de type jsonLecteur ?1510029 : sa syntaxe 3,
// "Parcours en profondeur" (POUR CHAQUE Lecteur EN PROFONDEUR ... FIN, tel que la page
// l'écrit ; le corps de boucle n'est pas dans la copie de la page : les Trace sont les
// nôtres). INFERRED (docs/builtins.md "The jsonReader type") : le lecteur passe sur
// chaque élément, la racine comprise, dans l'ordre du texte ; ..Valeur d'un objet ou
// d'un tableau le lit en entier et ses éléments ne sont alors pas parcourus ; un POUR
// CHAQUE Lecteur dans le corps parcourt un niveau, que le parcours ne refait pas.
sFichier est une chaîne = fRepTemp() + fSep() + "fichier_profondeur.json"
fSauveTexte(sFichier, [
{
  "clients": [
    {"nom": "Dupont", "villes": ["Paris", "Lyon"]},
    {"nom": "Martin", "villes": []}
  ],
  "total": 2
}
])
Lecteur est un jsonLecteur = JSONOuvreLecteur(sFichier)
POUR CHAQUE Lecteur EN PROFONDEUR
	SI Lecteur..Nom = "" ALORS
		Trace("(élément)")
	SINON
		Trace(Lecteur..Nom)
	FIN
FIN
// ..Valeur d'un tableau : lu en entier, ses éléments passés
Lecteur2 est un jsonLecteur = JSONOuvreLecteur(sFichier)
POUR TOUT Lecteur2 EN PROFONDEUR
	SI Lecteur2..Nom = "villes" ALORS Trace("villes : " + Lecteur2..Valeur)
	SI Lecteur2..Nom = "total" ALORS Trace("total : " + Lecteur2..Valeur)
FIN
// Un parcours sur un niveau dans le corps : ses éléments ne sont pas refaits
Lecteur3 est un jsonLecteur = JSONOuvreLecteur(sFichier)
POUR CHAQUE Lecteur3 EN PROFONDEUR
	SI Lecteur3..Nom = "villes" ALORS
		POUR CHAQUE Lecteur3
			Trace("  ville " + Lecteur3..Valeur)
		FIN
	SINON SI Lecteur3..Nom <> "" ALORS
		Trace(Lecteur3..Nom)
	FIN
FIN
fSupprime(sFichier)
// expect: (élément)
// expect: clients
// expect: (élément)
// expect: nom
// expect: villes
// expect: (élément)
// expect: (élément)
// expect: (élément)
// expect: nom
// expect: villes
// expect: total
// expect: villes : ["Paris","Lyon"]
// expect: villes : []
// expect: total : 2
// expect: clients
// expect: nom
// expect:   ville Paris
// expect:   ville Lyon
// expect: nom
// expect: total
