// Position, Remplace, ChaîneOccurrence
s est une chaîne = "le chat et le chien"
Trace(Position(s, "le")) // expect: 1
Trace(Position(s, "le", 2)) // expect: 12
Trace(Remplace(s, "le", "un")) // expect: un chat et un chien
Trace(ChaîneOccurrence(s, "ch")) // expect: 2
Trace(ChaineOccurrence(s, "LE", SansCasse)) // expect: 2
