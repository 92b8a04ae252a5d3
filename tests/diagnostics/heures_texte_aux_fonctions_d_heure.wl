// Une heure écrite en texte à une fonction d'heure sous une autre forme que
// "HHMM[SS[CC]]" ou le "09:30" qu'une variable Heure prend (un "9h30" saisi, une heure
// au-delà de 23) : l'exécution s'arrête à l'appel avec les mots de la fonction, le
// contrôle les dit là d'abord (WL115), comme pour les dates
// (dates_texte_aux_fonctions_de_date.wl). "09:30" est lu comme une Heure le lit.
hDébut est une Heure = "09:30"
Trace(HeureVersChaîne("9h30")) // error: WL115:7 HeureVersChaîne: '9h30' is not a valid time (expected HHMMSSCC)
Trace(HeureVersEntier("25:00")) // error: WL115:7 HeureVersEntier: '25:00' is not a valid time (expected HHMMSSCC)
Trace(HeureDifférence("0800", "17h30")) // error: WL115:7 HeureDifférence: '17h30' is not a valid time (expected HHMMSSCC)
Trace(HeureDifférence("08:00", "17:30"), HeureVersChaîne("09:30"))
Trace(PremierJourDeLaSemaine("06/12/2026")) // error: WL115:7 PremierJourDeLaSemaine: '06/12/2026' is not a valid date (expected YYYYMMDD)
Trace(dernierjourdelasemaine("06-12-2026")) // error: WL115:7 DernierJourDeLaSemaine: '06-12-2026' is not a valid date (expected YYYYMMDD)
Trace(HeureVersChaîne("0930"), HeureVersEntier("093000"), HeureDifférence("0800", "1730"), HeureVersChaîne(""))
Trace(HeureVersChaîne(hDébut), PremierJourDeLaSemaine("20261206"), DernierJourDeLaSemaine())
