// `chaîne sur N`, `chaîne fixe sur N` (Chaîne ?1514044, Variable composée ?1514061)
// tiennent au plus N caractères et `chaîne ASCIIZ sur N` N - 1 (le dernier est son zéro
// final) : un texte plus long est coupé. Un plus court : une chaîne fixe est complétée
// par des espaces, une chaîne sur N par des 0 binaires qui terminent le texte, elle se
// relit donc telle quelle (VÉRIFIÉ : blog PC SOFT, "Différence entre variable chaîne
// fixe et variable chaîne sur", 2012 ; docs/semantics.md "Fixed-length strings").
RefProduit est composée de
	SCode est un entier
	CodePdt est une chaîne fixe sur 10
	Libellé est une chaîne sur 4
FIN
RefProduit.CodePdt = "Ecran"
Trace("[" + RefProduit.CodePdt + "]", Taille(RefProduit.CodePdt))   // expect: [Ecran     ], 10
Trace(SansEspace(RefProduit.CodePdt) = "Ecran")   // expect: 1
RefProduit.CodePdt = "Clavier et souris"
Trace(RefProduit.CodePdt)   // expect: Clavier et
sCP est une chaîne sur 5 = "750011"
Trace(sCP)   // expect: 75001
sCP += "ABC"
Trace(sCP, sCP = "75001")   // expect: 75001, 1
Trace("[" + RefProduit.Libellé + "]", Taille(RefProduit.Libellé))   // expect: [], 0
sC est une chaîne ASCIIZ sur 4 = "abcdef"
Trace(sC)   // expect: abc
tCodes est un tableau de 3 chaînes sur 2
tCodes[1] = "FRA"
TableauAjoute(tCodes, 123)
Trace(tCodes[1], tCodes[4])   // expect: FR, 12
Trace(TypeVar(sCP) = wlChaîne)   // expect: 1
// une chaîne fixe déclarée sans valeur commence à "", comme la même chaîne dans une
// structure (elle tenait N zéros binaires, de Taille N : V, 6 déc. 2026)
sVide est une chaîne fixe sur 5
Trace(Taille(sVide), sVide = "")   // expect: 0, 1
sVide = "ab"
Trace("[" + sVide + "]")   // expect: [ab   ]
Montré("ABCDEFG")

PROCÉDURE Montré(sCode est une chaîne sur 3)
Trace(sCode)   // expect: ABC
