// Max et Min
prix1 est un réel = 12.5
prix2 est un réel = 9.9
Trace(Max(prix1, prix2), Min(prix1, prix2)) // expect: 12.5, 9.9
