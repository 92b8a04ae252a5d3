// POUR TOUT ÉLÉMENT Valeur, Clé, Indice DE t : la troisième variable numérote les
// passages à partir de 1 (tout en casse libre, avec ou sans accents).
taPrix est un tableau associatif de monétaires
taPrix["pain"] = 1.5
taPrix["lait"] = 2
POUR TOUT ÉLÉMENT Valeur, Clé, Indice DE taPrix
    Trace(Indice, Clé, Valeur)
FIN
// expect: 1, pain, 1.5
// expect: 2, lait, 2
pour tout element v, c, n de taPrix DepuisFin
    Trace(n + " " + c)
fin
// expect: 1 lait
// expect: 2 pain
