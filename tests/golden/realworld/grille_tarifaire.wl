// Grille tarifaire : SELON avec intervalles et CAS avec * (la valeur testée)
tabPoids est un tableau de réels = [0.25, 1, 2.5, 7, 15, 31]
POUR TOUT rPoids DE tabPoids
    Trace(rPoids + " kg : " + TarifColis(rPoids))
FIN
// expect: 0.25 kg : 4.5
// expect: 1 kg : 4.5
// expect: 2.5 kg : 7.9
// expect: 7 kg : 12.5
// expect: 15 kg : 19
// expect: 31 kg : hors gabarit

PROCÉDURE TarifColis(rKg est un réel)
SELON rKg
    CAS À 1 : RENVOYER 4.5
    CAS 1 < * <= 5
        RENVOYER 7.9
    CAS 5 < * <= 10 : RENVOYER 12.5
    CAS 10 < * <= 30 : RENVOYER 19
    AUTRE CAS
        RENVOYER "hors gabarit"
FIN
