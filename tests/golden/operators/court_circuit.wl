// _ET_ / _OU_ n'évaluent la partie droite que si nécessaire
n est un entier = 0
SI n <> 0 _ET_ 10 / n > 1 ALORS Trace("jamais")
SI n = 0 _OU_ Echec() ALORS Trace("court") // expect: court
Trace(Vrai _ET_ Faux, Faux _OU_ Vrai) // expect: 0, 1
PROCÉDURE Echec()
Trace("Echec appelée")
RENVOYER Vrai
