// Page d'aide "TableauTrie (Fonction)" (doc.pcsoft.fr) : un tableau de structures se
// trie sur ses membres avec ttMembre et une liste "+Membre1;-Membre2".
Article est une Structure
	Famille est une chaîne
	Prix est un monétaire
FIN
tabArticles est un tableau de Article
a est un Article
a.Famille = "Fruit"; a.Prix = 2.5
TableauAjoute(tabArticles, a)
a.Famille = "Légume"; a.Prix = 1.2
TableauAjoute(tabArticles, a)
a.Famille = "Fruit"; a.Prix = 3.1
TableauAjoute(tabArticles, a)
TableauTrie(tabArticles, ttMembre, "Famille;-Prix")
POUR TOUT x DE tabArticles
	Trace(x.Famille, x.Prix)
FIN
// expect: Fruit, 3.1
// expect: Fruit, 2.5
// expect: Légume, 1.2
// Page "TableauCherche (Fonction)" : recherche sur plusieurs membres
Trace(TableauCherche(tabArticles, tcLinéaire, "Famille;Prix", "Fruit;2.5")) // expect: 2
