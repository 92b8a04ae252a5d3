// POUR TOUT Fichier TRIÉ PAR r1, r2 : plusieurs rubriques, un moins devant l'une la trie
// par ordre décroissant
libelles est un tableau de chaînes = ["poire", "abricot", "figue", "poire", "abricot"]
POUR i = 1 À 5
	HRAZ(Product)
	Product.Reference = "REF" + i
	Product.Label = libelles[i]
	Product.Price = i * 1.5
	Product.Stock = 10 - i * 2
	HAjoute(Product)
FIN
POUR TOUT Product TRIÉ PAR Label, -Price
	Trace(Product.Label, Product.Price)
FIN
// expect: abricot, 7.5
// expect: abricot, 3
// expect: figue, 4.5
// expect: poire, 6
// expect: poire, 1.5
POUR TOUT Product TRIÉ PAR -Label, Price OÙ Stock > 0
	Trace(Product.Label, Product.Price)
FIN
// expect: poire, 1.5
// expect: poire, 6
// expect: figue, 4.5
// expect: abricot, 3
POUR TOUT Product TRIE PAR Label, Reference DepuisFin
	Trace(Product.Label, Product.Reference)
FIN
// expect: poire, REF4
// expect: poire, REF1
// expect: figue, REF3
// expect: abricot, REF5
// expect: abricot, REF2
// le tri écrit après la condition, comme le code réel l'écrit
POUR TOUT Product AVEC Stock > 2 TRIÉ PAR Price DepuisFin
	Trace(Product.Price)
FIN
// expect: 4.5
// expect: 3
// expect: 1.5
