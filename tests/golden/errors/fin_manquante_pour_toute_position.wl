// une boucle POUR TOUTE POSITION sans FIN est une erreur de syntaxe qui la nomme
s est une chaîne = "a;b;c"
POUR TOUTE POSITION p DE ";" DANS s
	Trace(p)
// expect error: expected FIN to close the POUR TOUTE POSITION opened at line 3
