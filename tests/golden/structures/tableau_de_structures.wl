// tableau de structures parcouru avec POUR TOUT
Ville est une Structure
	Nom est une chaîne
	Habitants est un entier
FIN
villes est un tableau de Ville
v est une Ville
v.Nom = "Lyon"; v.Habitants = 520000
TableauAjoute(villes, v)
v.Nom = "Nice"; v.Habitants = 340000
TableauAjoute(villes, v)
total est un entier
POUR TOUT x DE villes
	total += x.Habitants
FIN
Trace(villes[2].Nom, total) // expect: Nice, 860000
