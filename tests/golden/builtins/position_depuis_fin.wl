// Position avec DepuisFin : un début à 0 (ou moins) cherche depuis la fin de la chaîne
// (décision : docs/builtins.md, "Position")
s est une chaîne = "abcabcabc"
Trace(Position(s, "bc", 0, DepuisFin)) // expect: 8
Trace(Position(s, "bc", -1, depuisfin)) // expect: 8
Trace(Position(s, "BC", 0, DepuisFin + SansCasse)) // expect: 8
Trace(Position(s, "bc", 7, DepuisFin)) // expect: 5
Trace(Position(s, "bc", 1, DepuisFin)) // expect: 0
Trace(Position(s, "zz", 0, DepuisFin)) // expect: 0
Trace(Position(s, "bc", 0)) // expect: 2
// le nom de fichier d'un chemin : ce qui suit le dernier séparateur
c est une chaîne = "C:\Données\2024\rapport.txt"
Trace(Milieu(c, Position(c, "\", 0, DepuisFin) + 1)) // expect: rapport.txt
