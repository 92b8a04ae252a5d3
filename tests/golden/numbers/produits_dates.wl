// `*`, `/` et `%` à côté d'une Date, Heure, DateHeure ou Durée (INFERRED,
// docs/semantics.md "Products of dates, times and durations") : une Durée se multiplie
// ou se divise par un nombre ; une Heure à côté d'un nombre compte ses centièmes ; une
// Date ou une DateHeure ne fait que se déplacer ; les autres paires s'arrêtent sur une
// erreur qui nomme les deux types.
dEchéance est une Date = "20240105"
hDébut est une Heure = "0830"
dhTampon est une DateHeure = "20240105103000"
duCréneau est une Durée = 90 min
duPause est une Durée = 20 min
nNombre est un entier = 3
mTaux est un monétaire = 2.5
Trace(duCréneau * nNombre, duCréneau / nNombre, duCreneau * 0.5) // expect: 4 h 30 min, 30 min, 45 min
Trace(Val("3") * 1 j, nNombre * duPause) // expect: 3 d, 1 h
// par un monétaire ou un numérique aussi (c'étaient ses millisecondes, 13500000)
nPart est un numérique = 0.4
Trace(duCréneau * mTaux, MTAUX * DUCRENEAU, duCréneau / mTaux, duCréneau * nPart) // expect: 3 h 45 min, 3 h 45 min, 36 min, 36 min
Trace(duCréneau / duPause, duCréneau % duPause) // expect: 4.5, 10 min
Trace(hDébut * 2, hDébut / 100) // expect: 6120000, 30600
Trace(dEchéance + mTaux, dEchéance - mTaux) // expect: 20240107, 20240103
Trace(duCréneau + " chacun", "Pause : " + duPause) // expect: 1 h 30 min chacun, Pause : 20 min

QUAND EXCEPTION DANS
    Trace(duCréneau * dEchéance) // wl: ignore[WL113] (échoue à l'exécution, exprès)
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: A Duration cannot be multiplied by a Date (a Date is moved by adding or subtracting a number of days or a Duration).
FIN
QUAND EXCEPTION DANS
    Trace(90 MIN * dEchéance) // wl: ignore[WL113] (échoue à l'exécution, exprès)
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: A Duration cannot be multiplied by a Date (a Date is moved by adding or subtracting a number of days or a Duration).
FIN
QUAND EXCEPTION DANS
    Trace(dEchéance % 7) // wl: ignore[WL113] (échoue à l'exécution, exprès)
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: A Date cannot be divided (%) by a number (a Date is moved by adding or subtracting a number of days or a Duration).
FIN
QUAND EXCEPTION DANS
    Trace(dhTampon / nNombre) // wl: ignore[WL113] (échoue à l'exécution, exprès)
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: A DateTime cannot be divided by a number (a DateTime is moved by adding or subtracting a Duration).
FIN
QUAND EXCEPTION DANS
    Trace(duPause * duPause) // wl: ignore[WL113] (échoue à l'exécution, exprès)
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: A Duration cannot be multiplied by a Duration (a Duration is multiplied by a number).
FIN
QUAND EXCEPTION DANS
    Trace(hDébut * hDébut) // wl: ignore[WL113] (échoue à l'exécution, exprès)
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: A Time cannot be multiplied by a Time (a Time counts as its hundredths of a second only beside a number).
FIN
vJour est un Variant = dEchéance
vLongueur est un Variant = duCréneau
Trace(vLongueur * 2, vLongueur / duPause) // expect: 3 h, 4.5
QUAND EXCEPTION DANS
    Trace(vJour * vLongueur)
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: A Date cannot be multiplied by a Duration (a Date is moved by adding or subtracting a number of days or a Duration).
FIN
// `%` aussi (il calculait sur les millisecondes ou les chiffres : `vLongueur % 3` valait 0)
QUAND EXCEPTION DANS
    Trace(vLongueur modulo nNombre)
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: A Duration cannot be divided (%) by a number (take the remainder of a Duration by another Duration, or of its ..InSeconds by a number).
FIN
QUAND EXCEPTION DANS
    Trace(vJour % 7)
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: A Date cannot be divided (%) by a number (a Date is moved by adding or subtracting a number of days or a Duration).
FIN
