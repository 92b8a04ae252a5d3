// Âge d'un adhérent à une date donnée, né un 29 février ou la veille de son anniversaire :
// à la main (année, mois, jour) et par la fonction Age
dNé est une Date = "20000229"
Trace(CalculeAge(dNé, "20230228"), CalculeAge(dNé, "20230301"))
Trace(CalculeAge(dNé, "20240228"), CalculeAge(dNé, "20240229"))
dPaul est une date = "19851015"
Trace(CalculeAge(dPaul, "20251014"), CalculeAge(dPaul, "20251015"))
Trace(AgeParFonction(dNé, "20230228"), AgeParFonction(dNé, "20230301"), AgeParFonction(dNé, "20240229"))
Trace(AgeParFonction(dPaul, "20251014"), AgeParFonction(dPaul, "20251015"))
Trace(Age(dPaul, "20251014"))
// l'anniversaire d'une année non bissextile
dAnniv est une Date = dNé
dAnniv..Année = 2025
Trace(DateVersChaîne(dAnniv), DateValide(dAnniv), DateValide("20250229"))
// en 2025, un an de plus le 1er mars
Trace(CalculeAge(dNé, "20250228"), CalculeAge(dNé, "20250301"))
// expect: 22, 23
// expect: 23, 24
// expect: 39, 40
// expect: 22, 23, 24
// expect: 39, 40
// expect: 00391129
// expect: 28/02/2025, 1, 0
// expect: 24, 25

PROCÉDURE CalculeAge(LOCAL dNaissance est une Date, LOCAL dRéférence est une Date = DateDuJour())
nAge est un entier = dRéférence..Année - dNaissance..Année
// pas encore eu son anniversaire cette année ?
SI dRéférence..Mois < dNaissance..Mois OU (dRéférence..Mois = dNaissance..Mois ET dRéférence..Jour < dNaissance..Jour) ALORS
	nAge--
FIN
RENVOYER nAge

PROCÉDURE AgeParFonction(dNaissance est une Date, dRéf est une Date) : entier
RENVOYER Val(Gauche(Age(dNaissance, dRéf), 4))
