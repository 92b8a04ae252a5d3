// Page d'aide "Variable composée" (?1514061) : son exemple écrit en français, avec un
// Trace des membres.
RefProduit est composée de
	CodeF est un entier
	CodePr est une chaîne fixe sur 10
FIN
RefProduit.CodeF = 7
RefProduit.CodePr = "Ecran"
Trace(RefProduit.CodeF, RefProduit.CodePr, Taille(RefProduit.CodePr)) // expect: 7, Ecran     , 10
