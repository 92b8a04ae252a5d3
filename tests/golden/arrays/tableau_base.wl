// les tableaux commencent à l'indice 1
jours est un tableau de chaînes = ["lundi", "mardi", "mercredi"]
Trace(jours[2]) // expect: mardi
jours[1] = "LUNDI"
Trace(jours[1], jours..Occurrence) // expect: LUNDI, 3
