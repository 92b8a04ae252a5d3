// Page d'aide "Tableau (Type de variable)" (?1514030) : les mêmes exemples écrits en
// français, avec l'attribut <agrandissement=...>.
TableauJour est un tableau de chaînes = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi"]
Trace(TableauJour[2]) // expect: Mardi
TableauValeur est un tableau <agrandissement=1> d'entiers
TableauValeur[1] = 10
TableauValeur[2] = 20
TableauValeur[3] = 30
POUR TOUT x DE TableauValeur
	Trace(x)
FIN
// expect: 10
// expect: 20
// expect: 30
TableauValeur2 est un tableau <agrandissement=N> d'entiers
TableauValeur2[1] = 10
TableauValeur2[5] = 50
Trace(TableauVersChaîne(TableauValeur2, ";"))
// expect: 10;0;0;0;50
