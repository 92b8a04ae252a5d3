// une chaîne multiligne dont la première ligne finit par une virgule reste une chaîne
req est une chaîne = [
	SELECT nom,
		ville FROM client
]
Trace(Gauche(req, 11)) // expect: SELECT nom,
