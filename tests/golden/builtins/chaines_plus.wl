// PositionOccurrence, ChaîneCommencePar, ChaîneFinitPar, MotComplet, DepuisFin
Trace(PositionOccurrence("abcabc", "c", rangDernier)) // expect: 6
Trace(ChaîneCommencePar("Bonjour", "BON", SansCasse)) // expect: 3
Trace(ChaineFinitPar("Bonjour", "jour")) // expect: 4
Trace(Position("le chat achète", "chat", 1, MotComplet)) // expect: 4
Trace(ExtraitChaîne("a/b/c", 1, "/", DepuisFin)) // expect: c
