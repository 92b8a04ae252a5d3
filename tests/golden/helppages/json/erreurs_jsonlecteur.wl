// jsonLecteur ?1510029, ce que la page ne dit pas (INFERRED, docs/builtins.md
// "jsonReader") : un fichier absent met ErreurDétectée à Vrai et le lecteur n'a rien à
// parcourir ; un texte qui n'est pas du JSON arrête le parcours à sa ligne ; ..Valeur d'un
// objet non parcouru le lit en entier (une valeur JSON).
Lecteur est un jsonLecteur = JSONOuvreLecteur(fRepTemp() + fSep() + "absent.json")
Trace(ErreurDétectée) // expect: 1
nTours est un entier
POUR CHAQUE Lecteur
	nTours++
FIN
Trace(nTours) // expect: 0
sFichier est une chaîne = fRepTemp() + fSep() + "valeur.json"
fSauveTexte(sFichier, "{""a"": {""b"": [1, 2]}, ""c"": ""é""}")
L2 est un jsonLecteur = JSONOuvreLecteur(sFichier)
POUR CHAQUE L2
	POUR CHAQUE L2
		SI L2..Nom = "a" ALORS Trace(L2..Valeur.b[2]) SINON Trace(L2..Nom, L2..Valeur)
	FIN
FIN
// expect: 2
// expect: c, é
fSauveTexte(sFichier, "[1,"+ RC + "2 3]")
L3 est un jsonLecteur = JSONOuvreLecteur(sFichier)
QUAND EXCEPTION DANS
	POUR CHAQUE L3
		POUR CHAQUE L3
			Trace(L3..Valeur)
		FIN
	FIN
FAIRE
	Trace(ExceptionInfo(errMessage))
FIN
// expect: 1
// expect: 2
// expect: jsonReader: the JSON text is not valid (',' expected, line 2).
fSupprime(sFichier)
