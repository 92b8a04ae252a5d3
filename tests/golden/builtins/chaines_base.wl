// Taille, Gauche, Droite, Milieu, Majuscule, Minuscule
s est une chaîne = "Élève modèle"
Trace(Taille(s)) // expect: 12
Trace(Gauche(s, 5)) // expect: Élève
Trace(Droite(s, 6)) // expect: modèle
Trace(Milieu(s, 7, 3)) // expect: mod
Trace(Majuscule(s)) // expect: ÉLÈVE MODÈLE
Trace(Minuscule("ABC")) // expect: abc
