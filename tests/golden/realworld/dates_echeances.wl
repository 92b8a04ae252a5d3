// Dates au format AAAAMMJJ : validation et affichage d'échéances
tabDates est un tableau de chaînes = ["20240115", "20240230", "20231231", "20240229", "20230229"]
POUR TOUT sDate DE tabDates
    SI DateValide(sDate) ALORS
        Trace(sDate + " -> " + DateVersChaîne(sDate, "JJ/MM/AAAA"))
    SINON
        Trace(sDate + " -> date invalide")
    FIN
FIN
// expect: 20240115 -> 15/01/2024
// expect: 20240230 -> date invalide
// expect: 20231231 -> 31/12/2023
// expect: 20240229 -> 29/02/2024
// expect: 20230229 -> date invalide

dÉchéance est une Date = "20240305"
Trace(DateVersChaîne(dÉchéance))                 // expect: 05/03/2024
Trace(DateVersChaîne(dÉchéance, "AAAA-MM-JJ"))   // expect: 2024-03-05
Trace(FinDeMois("20240210"))                     // expect: 20240229
Trace(FinDeMois("20231105"))                     // expect: 20231130
Trace(FinDeMois("20241201"))                     // expect: 20241231

// Dernier jour du mois d'une date donnée
PROCÉDURE FinDeMois(sDate est une chaîne)
nAnnée est un entier = Val(Gauche(sDate, 4))
nMois est un entier = Val(Milieu(sDate, 5, 2))
POUR nJour = 31 À 28 PAS -1
    sCandidat est une chaîne = nAnnée + NumériqueVersChaîne(nMois, "02d") + NumériqueVersChaîne(nJour, "02d")
    SI DateValide(sCandidat) ALORS RENVOYER sCandidat
FIN
RENVOYER ""
