// la variable d'une boucle POUR n'a pas besoin d'être déclarée
POUR compteur = 1 À 2
	Trace("tour " + compteur)
FIN
// expect: tour 1
// expect: tour 2
