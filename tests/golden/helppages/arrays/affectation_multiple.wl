// Page d'aide "Affectation multiple des tableaux, structures et classes" (?1514031 ; sa
// syntaxe et ses règles, la copie stockée s'arrête avant ses exemples) : une série de
// valeurs entre crochets par dimension, une série peut être plus courte que sa dimension,
// un tableau trop petit est agrandi, tableaux associatifs, structures et classes,
// imbrication (tableau de structures) et césure sur plusieurs lignes.
tabMois est un tableau de 3 par 2 entiers
tabMois = [[1, 31], [2, 28], [3, 31]]
Trace(tabMois[2, 1], tabMois[2, 2], tabMois[3, 2]) // expect: 2, 28, 31
tabGrille est un tableau de 2 par 3 entiers = [[1], [4, 5, 6]]
Trace(tabGrille[1, 1], tabGrille[1, 2], tabGrille[2, 3]) // expect: 1, 0, 6
tabPetit est un tableau de 2 par 2 chaînes
tabPetit = [["a", "b"], ["c", "d"], ["e", "f", "g"]]
Trace(TableauOccurrence(tabPetit, 1), TableauOccurrence(tabPetit, 2), tabPetit[3, 3]) // expect: 3, 3, g
tabCube est un tableau de 2 par 2 par 2 entiers = [[[1, 2], [3, 4]], [[5, 6], [7, 8]]]
Trace(tabCube[2, 1, 2], tabCube[1, 2, 1]) // expect: 6, 3
taCapitale est un tableau associatif de chaînes
taCapitale = [["France", "Paris"], ["Italie", "Rome"]]
Trace(taCapitale["Italie"], TableauOccurrence(taCapitale)) // expect: Rome, 2
STPersonne est une Structure
	Nom est une chaîne
	Âge est un entier
FIN
stP est un STPersonne
stP = ["Dupont", 42]
Trace(stP.Nom, stP.Âge) // expect: Dupont, 42
CPoint est une Classe
	X est un entier
	Y est un entier
FIN
oP est un CPoint
oP = [3, 4]
Trace(oP.X + oP.Y) // expect: 7
tabPersonnes est un tableau de STPersonne
tabPersonnes = [["Dupont", 42], ["Martin", 35]]
Trace(tabPersonnes[2].Nom, tabPersonnes[2].Âge) // expect: Martin, 35
tabJours est un tableau de chaînes = ["Lundi", ...
	"Mardi",
	"Mercredi"]
Trace(TableauOccurrence(tabJours), tabJours[3]) // expect: 3, Mercredi
tabFaux est un tableau de 2 par 2 entiers
tabFaux = [[1, 2], 3] // expect error: 3 stands where a series of values is expected
