// L'ancienneté comme un programme de paie la calcule : Age donne les années, mois et jours
// de la date d'embauche à une date de référence ("AAAAMMJJ" : 4 chiffres d'années, 2 de
// mois, 2 de jours), relus en nombres pour la ligne du bulletin et pour une prime
// d'ancienneté (3 % après 3 ans, 1 % de plus tous les 3 ans, au plus 15 %).
// DateDifférence donne les jours écoulés.
Trace(Ancienneté("20180915", "20261206")) // expect: 8 ans, 2 mois, 21 jours
Trace(Ancienneté("20200229", "20261206")) // expect: 6 ans, 9 mois, 7 jours
Trace(Ancienneté("20251206", "20261206")) // expect: 1 an, 0 mois, 0 jours
Trace(Ancienneté("20261130", "20261206")) // expect: 0 ans, 0 mois, 6 jours
Trace(Age("20180915", "20261206")) // expect: 00080221
Trace(DateDifférence("20180915", "20261206")) // expect: 3004
tabEmbauches est un tableau de Dates = ["20241201", "20231206", "20231207", "20180915", "19950301"]
POUR TOUT dEmbauche DE tabEmbauches
	Trace(DateVersChaîne(dEmbauche), PrimePourcentage(dEmbauche, "20261206"))
FIN
// expect: 01/12/2024, 0
// expect: 06/12/2023, 3
// expect: 07/12/2023, 0
// expect: 15/09/2018, 4
// expect: 01/03/1995, 12

PROCÉDURE Ancienneté(dEmbauche est une Date, dRéf est une Date) : chaîne
sAge est une chaîne = Age(dEmbauche, dRéf)
nAns est un entier = Gauche(sAge, 4)
nMois est un entier = Milieu(sAge, 5, 2)
nJours est un entier = Droite(sAge, 2)
RENVOYER ChaîneConstruit("%1 %2, %3 mois, %4 jours", nAns, nAns = 1 ? "an" SINON "ans", nMois, nJours)

PROCÉDURE PrimePourcentage(dEmbauche est une Date, dRéf est une Date) : entier
nAns est un entier = Gauche(Age(dEmbauche, dRéf), 4)
SI nAns < 3 ALORS RENVOYER 0
RENVOYER Min(15, 3 + PartieEntière((nAns - 3) / 3))
