// La grille des tests ne vient pas du fichier INI, et la date est fixée
gsJourTest est une chaîne = "20261115"

PROCÉDURE ChargeGrille()
gtaGrille["A-100"] = 10
gtaGrille["N-200"] = 50
gtaGrille["B-7"] = 2.5
RENVOYER 3

PROCÉDURE DateDuJour()
RENVOYER gsJourTest
