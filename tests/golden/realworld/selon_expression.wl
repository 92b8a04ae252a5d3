// SELON en expression : choix de la n-ième valeur, SINON par défaut
POUR nJour = 1 À 7
    Trace(nJour + " " + NomJour(nJour))
FIN
// expect: 1 lundi
// expect: 2 mardi
// expect: 3 mercredi
// expect: 4 jeudi
// expect: 5 vendredi
// expect: 6 week-end
// expect: 7 week-end

PROCÉDURE NomJour(n est un entier)
RENVOYER SELON(n, "lundi", "mardi", "mercredi", "jeudi", "vendredi", SINON "week-end")
