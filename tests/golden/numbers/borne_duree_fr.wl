// Une Durée tient au plus un entier sur 8 octets de millisecondes (INFERRED : la page du
// type Durée ?1514069 dit qu'une durée est "un entier (durée en millisecondes)" sans
// borne) : 106 751 991 167 jours. Au-delà, l'erreur interceptable "Numeric overflow" en
// mots (une Durée multipliée par 1e300 affichait quelque 300 chiffres).
duPas est une Durée = 1 s
QUAND EXCEPTION DANS
    duPas = duPas * 1e300
FAIRE
    Trace(ExceptionInfo(errCode)) // expect: 1003
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: a Duration of 1.15741e+295 days is beyond the largest Duration (106,751,991,167 days, 9,223,372,036,854,775,807 ms).
FIN
Trace(duPas) // expect: 1 s
duLongue est une durée
duLongue..EnJours = 100000000000
Trace(duLongue..EnJours) // expect: 100000000000
QUAND EXCEPTION DANS
    duLongue..EnJours = -200000000000
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: a Duration of -2e+11 days is beyond the smallest Duration (-106,751,991,167 days, -9,223,372,036,854,775,807 ms).
FIN
QUAND EXCEPTION DANS
    duLongue = duLongue + duLongue
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: a Duration of 2e+11 days is beyond the largest Duration (106,751,991,167 days, 9,223,372,036,854,775,807 ms).
FIN
QUAND EXCEPTION DANS
    duLongue..EnSecondes = 1e308
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: the result is beyond the largest real (about 1.8e308).
FIN
duMs est une Durée = 1e20 // expect error: Numeric overflow: a Duration of 1.15741e+12 days is beyond the largest Duration (106,751,991,167 days, 9,223,372,036,854,775,807 ms).
