// <Date>.VersJour() (et .ToDay() écrit en anglais) est DateVersJour (le jour de la
// semaine, 1 pour lundi), pas DateDuJour() donnée la date : « ToDay expects 0
// parameter(s) but received 1 » arrêtait l'exécution. DateDuJour() reste la date du jour.
dEchéance est une Date = "20240131"
Trace(dEchéance.VersJour()) // expect: 3
Trace(dEcheance.TODAY() = DateVersJour(dEchéance)) // expect: 1
vEchéance est un Variant = dEchéance
Trace(vEchéance.ToDay()) // expect: 3
dhRéunion est une DateHeure = "20240203103000"
Trace(dhRéunion.VersJour()) // expect: 6
Trace(DateDuJour() = DateSys()) // expect: 1
Trace(dEchéance.VersJourEnLettre()) // expect: mercredi
