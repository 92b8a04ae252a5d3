// Un membre tableau d'une structure ou d'une classe peut être dimensionné par une
// expression de constantes (`tableau de (MAXI+1) entiers`, `tableau de 2 par MAXI*2
// chaînes`) : évaluée à la compilation, comme les types des membres. C'était une erreur
// de syntaxe (« unexpected 'entiers' ») ; une variable y est refusée à son nom (WL111)
// au lieu d'une erreur interne.
CONSTANTE
	MAXI = 4
FIN
s est un STGrille
Trace(TableauOccurrence(s.Ligne), TableauOccurrence(s.Cases, 1), TableauOccurrence(s.Cases, 2)) // expect: 5, 2, 8
s.Ligne[5] = 9
Trace(s.Ligne[5]) // expect: 9
b est un CBoîte
Trace(TableauOccurrence(b.m_tabPlaces)) // expect: 3
copie est un STGrille = s
Trace(copie.Ligne[5], TableauOccurrence(copie.Ligne)) // expect: 9, 5

STGrille est une Structure
	Ligne est un tableau de (MAXI+1) entiers
	Cases est un tableau de 2 par MAXI*2 chaînes
FIN

CBoîte est une Classe
	m_tabPlaces est un tableau de MAXI - 1 entiers
FIN
