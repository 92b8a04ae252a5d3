// Page d'aide "PositionOccurrence" : le même exemple écrit en français (constantes
// DepuisFin, rangPremier, rangSuivant, SansCasse).
n est un entier = PositionOccurrence("Antananarivo, Madagascar", "a", 3, DepuisFin)
Trace(n) // expect: 18
n = PositionOccurrence("Antananarivo, Madagascar", ["an", "ar"], 4)
Trace(n) // expect: 23
MaChaîne est une chaîne = "Antananarivo, Madagascar"
MaPosition est un entier = PositionOccurrence(MaChaîne, ["a", "r"], rangPremier, SansCasse)
TANTQUE MaPosition <> 0
	Trace(MaPosition) // Renvoie 1, 4, 6, 8, 9, 16, 18, 20, 23, 24
	MaPosition = PositionOccurrence(MaChaîne, ["a", "r"], rangSuivant, SansCasse)
FIN
// expect: 1
// expect: 4
// expect: 6
// expect: 8
// expect: 9
// expect: 16
// expect: 18
// expect: 20
// expect: 23
// expect: 24
