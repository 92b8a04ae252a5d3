// Une date écrite en texte à une fonction de date sous une autre forme que "AAAAMMJJ"
// (un texte jour en premier, une date ISO impossible, une date-heure d'heure impossible) :
// l'exécution s'arrête à l'appel avec les mots de la fonction, le contrôle les dit là
// d'abord (WL115). Il ne le disait que pour DateDifférence. La valeur d'une variable est à l'exécution d'en juger ;
// DateValide répond Faux et ne s'arrête pas. Un texte ISO qu'une variable Date prend
// ("2026-12-06") est lu comme elle le lit (docs/semantics.md) : le contrôle n'en dit rien.
dJour est une Date = "20261206"
sSaisie est une chaîne = "06/12/2026"
Trace(DateVersChaîne("06/12/2026")) // error: WL115:7 DateVersChaîne: '06/12/2026' is not a valid date (expected YYYYMMDD)
Trace(DateVersJourEnLettre("2026-12-32")) // error: WL115:7 DateVersJourEnLettre: '2026-12-32' is not a valid date (expected YYYYMMDD)
Trace(NuméroDeSemaine("6/12/2026")) // error: WL115:7 NuméroDeSemaine: '6/12/2026' is not a valid date (expected YYYYMMDD)
Trace(dateversentier("31/12/2025")) // error: WL115:7 DateVersEntier: '31/12/2025' is not a valid date (expected YYYYMMDD)
Trace(Age("14/07/1980", dJour)) // error: WL115:7 Age: '14/07/1980' is not a valid date (expected YYYYMMDD)
Trace(DateHeureDifférence("20261206", "06/12/2026 10:00")) // error: WL115:7 DateHeureDifférence: '06/12/2026 10:00' is not a valid date-time (expected YYYYMMDDHHMMSSCC)
Trace(DateHeureVersChaîne("06/12/2026 10:00")) // error: WL115:7 DateHeureVersChaîne: '06/12/2026 10:00' is not a valid datetime (expected YYYYMMDDHHMMSS)
Trace(DateHeureVersChaîne("12300000")) // error: WL115:7 DateHeureVersChaîne: '12300000' is not a valid datetime (expected YYYYMMDDHHMMSS)
Trace(DernierJourDuMois("06/12/2026")) // error: WL115:7 DernierJourDuMois: '06/12/2026' is not a valid date (expected YYYYMMDD)
Trace(PremierJourDuMois("12-06-2026")) // error: WL115:7 PremierJourDuMois: '12-06-2026' is not a valid date (expected YYYYMMDD)
Trace(DateHeureVersChaîne("2026-12-06T25:30:00")) // error: WL115:7 DateHeureVersChaîne: '2026-12-06T25:30:00' is not a valid datetime (expected YYYYMMDDHHMMSS)
Trace(DateVersChaîne("2026-12-06T25:30:00")) // error: WL115:7 DateVersChaîne: '2026-12-06T25:30:00' is not a valid date (expected YYYYMMDD)
Trace(NuméroDeSemaine("20261206106000")) // error: WL115:7 NuméroDeSemaine: '20261206106000' is not a valid date (expected YYYYMMDD)
Trace(DernierJourDuMois(2024, 2), DernierJourDuMois("20240215"), PremierJourDuMois())
Trace(DateVersChaîne("20261206"), DateVersChaîne(""), NuméroDeSemaine("20261206103000"))
Trace(DateHeureVersChaîne("20261206103000"), DateHeureVersChaîne(""), DateHeureVersChaîne("20261206"))
Trace(DateVersJour(dJour), DateValide("06/12/2026"), DateVersChaîne(sSaisie, "JJ/MM/AAAA"))
Trace(DateVersJourEnLettre("2026-12-06"), PremierJourDuMois("2026-12-06T10:30"), DateValide("2026-12-06"))
