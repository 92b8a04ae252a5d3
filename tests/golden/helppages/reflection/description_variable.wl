// Pages d'aide Définition ?1000019540 et Description de Variable ?1000019560
// (doc.pcsoft.fr) : leurs exemples avec les noms français (x est une structure à nous
// avec un membre nValeur), puis les membres parcourus.
STValeur est une Structure
	nValeur est un entier
	sLibellé est une chaîne
FIN
x est un STValeur
// Récupère la définition du type de x
d est une Définition
d = RécupèreDéfinition(x)
// Affiche le nom du type de x
Trace(d.Nom)
// expect: STValeur
// Récupère la description du membre nValeur de la classe ou de la structure
m est une Description de Variable
m = d.Variable["nValeur"]
Trace(m.Nom, m.Définition.Nom)
// expect: nValeur, int
POUR TOUT v DE d.Variable
	Trace(v.Nom)
FIN
// expect: nValeur
// expect: sLibellé
