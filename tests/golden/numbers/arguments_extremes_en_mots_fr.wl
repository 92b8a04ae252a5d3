// Des arguments aux bords des fonctions de nombres et de dates échouent en mots, ou
// donnent la valeur, jamais avec les mots de Python (trouvés en appelant chaque fonction
// des familles de valeurs avec des arguments étranges, V, 6 déc. 2026).
// ArrondiSupérieur, ArrondiInférieur, Tronque prennent tout nombre de décimales, comme
// Arrondi (ils disaient "Numeric overflow or invalid numeric operation.")
Trace(ArrondiSupérieur(1.25, 9999999), ArrondiInférieur(-2.5, 400), Tronque(1.99, 40)) // expect: 1.25, -2.5, 1.99
Trace(Arrondi(5, -9999999), ArrondiInférieur(5, -9999999), Tronque(-5, -9999999)) // expect: 0, 0, 0
Trace(ArrondiSupérieur(5, -30)) // expect: 1000000000000000000000000000000
QUAND EXCEPTION DANS
    Trace(ArrondiSupérieur(5, -20000))
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: ArrondiSupérieur: numeric overflow, the result would have more than 10,000 digits.
FIN
// un taux de -100 % ou moins sur un nombre fractionnaire de périodes n'a pas de valeur
// réelle : l'erreur non fatale de la famille (il donnait un nombre complexe de Python)
rValeur est un réel = FinValActuelle(100, 0, 0.5, -200)
Trace(rValeur, FinErreur(), ErreurDétectée) // expect: 0, 2, 1
Trace(ErreurInfo(errMessage)) // expect: FinValActuelle: no real value for these parameters (a rate of -100 % or less over a fractional number of periods, or a result beyond the largest real).
Trace(FinValRemboursement(1000, 0.5, -250), FinErreur()) // expect: 0, 2
Trace(FinValRemboursement(31, 9999999), FinErreur()) // expect: 0, 2
Trace(NumériqueVersChaîne(FinValRemboursement(10000, 12, 0.375), ".2f"), FinErreur()) // expect: -853.79, 0
// les conversions en euros arrondissent à toute taille ; hors de la plage d'un
// monétaire, son erreur de dépassement
Trace(eVersEuro(100), eVersEuro(100, 1, 6)) // expect: 15.24, 15.244902
QUAND EXCEPTION DANS
    Trace(eVersDevise(1e308))
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 6.55957000000000e+308 is beyond the largest currency (604,462,909,807,314,587.353087).
FIN
QUAND EXCEPTION DANS
    Trace(EntierVersNuméroDeSemaine(9999999))
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: EntierVersNuméroDeSemaine: 9999999 is not a day number between -657070 and 2994988.
FIN
QUAND EXCEPTION DANS
    Trace(EpochVersDateHeure(1e308))
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: EpochVersDateHeure: 1e+308 is outside the dates WLanguage handles.
FIN
tabJours est un tableau d'entiers = [1, 2]
Trace(DateSys(tabJours)) // expect error: DateSys(a value of type array) would set the computer's date: wlinterp does not change the clock, so nothing was changed.
