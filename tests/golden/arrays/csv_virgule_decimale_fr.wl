// CSVVersTableau lit une virgule décimale dans un champ destiné à un réel, un monétaire
// ou un numérique ("0,15", "-1 234,50" avec une espace entre les milliers), comme un
// tableur français exporte son CSV avec ";" : le nombre était lu jusqu'à la virgule et
// les décimales perdues sans rien dire (jumeau anglais csv_decimal_comma_en.wl).
STArticle est une Structure
	sRéf est une chaîne
	mPrix est un monétaire
	rPoids est un réel
	nStock est un entier
	sLibellé est une chaîne
FIN
tabArticles est un tableau de STArticle
CSVVersTableau("A1;0,15;1,5;3;1,5" + RC + "A2;-1 234,50;2;4;x" + RC + "A3;12.5;0,333;1,7;fin", tabArticles)
POUR TOUT a DE tabArticles
	Trace(a.sRéf, a.mPrix, a.rPoids, a.nStock, a.sLibellé) // expect: A1, 0.15, 1.5, 3, 1,5
	// expect: A2, -1234.5, 2, 4, x
	// expect: A3, 12.5, 0.333, 1, fin
FIN
tabGrille est un tableau de 0 par 0 monétaires
CSVVersTableau("1,25;2" + RC + "3,5;4,75", tabGrille)
Trace(tabGrille[1, 1] + tabGrille[2, 2]) // expect: 6
// avec "," pour séparateur, un "12,5" entre guillemets est lu comme tout texte rangé dans un
// monétaire (docs/semantics.md "A text read as a number") : sa virgule est le point décimal
tabPrix est un tableau de 0 par 0 monétaires
CSVVersTableau("""12,5"",3", tabPrix, ",")
Trace(tabPrix[1, 1], tabPrix[1, 2]) // expect: 12.5, 3
