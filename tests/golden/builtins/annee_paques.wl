// MoisEnCours, PremierJourDeLAnnée, Pâques, NuméroDeJourVersLettre, NuméroDeMoisVersLettre (docs/builtins.md)
Trace(MoisEnCours() = Val(Milieu(DateDuJour(), 5, 2)), PremierJourDeLAnnée(2024), PremierJourDeLAnnée("20240615")) // expect: 1, 20240101, 20240101
Trace(PremierJourDeLAnnée() = Gauche(DateDuJour(), 4) + "0101") // expect: 1
Trace(Pâques(2024), Pâques(2025), Pâques("20000101"), Pâques(1818)) // expect: 20240331, 20250420, 20000423, 18180322
Trace("[" + Pâques(1500) + "]") // expect: []
Trace(NuméroDeJourVersLettre(1), NuméroDeJourVersLettre(7), "[" + NuméroDeJourVersLettre(8) + "]") // expect: lundi, dimanche, []
Trace(NuméroDeMoisVersLettre(1), NuméroDeMoisVersLettre(12), "[" + NuméroDeMoisVersLettre(0) + "]") // expect: janvier, décembre, []
Trace(Pâques(0)) // expect error: Pâques: 0 is not a year between 1 and 9999.
