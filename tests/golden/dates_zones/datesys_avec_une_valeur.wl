// DateSys() et HeureSys() sont la date d'aujourd'hui et l'heure de Maintenant. Avec une
// valeur, elles changeraient la date ou l'heure de l'ordinateur, comme celles de WINDEV :
// wlinterp ne change jamais l'horloge, donc l'exécution s'arrête là en le disant, et une
// valeur qui ressemble à un masque (le code réel écrit `DateSys(maskAAAAMM)` pour
// l'année et le mois du jour) reçoit la fonction qui en formate un. C'était une erreur de
// nombre de paramètres. (décidé, NON VÉRIFIÉ : docs/builtins.md "DateSys and TimeSys
// given a value")
Trace(DateSys() = DateDuJour(), TypeVar(DateSys()) = wlDate, TypeVar(HeureSys()) = wlHeure)   // expect: 1, 1, 1
QUAND EXCEPTION DANS
	Trace("F" + DateSys("AAAAMM")) // wl: ignore[WL115] (caught: the run's error is the case)
FAIRE
	Trace(ExceptionInfo())   // expect: DateSys("AAAAMM") would set the computer's date: wlinterp does not change the clock, so nothing was changed; to show the current date with a mask, write DateToString(Today(), mask).
FIN
Trace("F" + DateVersChaîne(DateDuJour(), "AAAAMM") = "F" + Gauche(DateDuJour(), 6))   // expect: 1
HeureSys("1030")   // expect error: TimeSys("1030") would set the computer's time: wlinterp does not change the clock, so nothing was changed.
