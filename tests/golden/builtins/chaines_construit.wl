// ChaîneConstruit, Complète, Répète
Trace(ChaîneConstruit("%1 a %2 ans", "Léa", 7)) // expect: Léa a 7 ans
Trace(Complète("7", 3, "0")) // expect: 700
Trace(Répète("-", 5)) // expect: -----
Trace(Repete("ab", 2)) // expect: abab
