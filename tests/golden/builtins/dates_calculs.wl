// Calculs sur les dates : numéros de jour, différences, jours, semaines, fins de mois, heures
Trace(DateVersEntier("20011225")) // expect: 73773
Trace(EntierVersDate(73773, "JJ/MM/AAAA")) // expect: 25/12/2001
Trace(DateDifférence("20231231", "20240101")) // expect: 1
Trace(DateDifference("20000101", "20010101")) // expect: 366
Trace(DateVersJour("20240101"), DateVersJourEnLettre("20240101")) // expect: 1, lundi
Trace(EntierVersJour(73773), EntierVersJourEnLettre(73773)) // expect: 2, mardi
Trace(DateVersMoisEnLettre("20241231"), EntierVersMoisEnLettre(1)) // expect: décembre, janvier
Trace(NuméroDeSemaine("20010818"), NumeroDeSemaine("20010210")) // expect: 33, 6
Trace(DateVersNuméroDeSemaine("20050101"), NuméroDeSemaine("20050101", iso8601)) // expect: 0, 53
Trace(DernierJourDuMois(2000, 2), DernierJourDuMois(1900, 2)) // expect: 20000229, 19000228
Trace(PremierJourDuMois(2023, 12), DernierJourDuMois("20230415")) // expect: 20231201, 20230430
Trace(PremierJourDeLaSemaine("20240101"), DernierJourDeLaSemaine("20241230")) // expect: 20240101, 20250105
Trace(HeureVersEntier("1230"), EntierVersHeure(8640000 + 360000)) // expect: 4500000, 01000000
Trace(HeureDifférence("08000000", "08000050")) // expect: 50
Trace(DateHeureDifférence("199801031300", "199801011215")) // expect: -000000200450000
Trace(DateDifférence("20240101", "20230229")) // expect error: DateDifférence: '20230229' is not a valid date
