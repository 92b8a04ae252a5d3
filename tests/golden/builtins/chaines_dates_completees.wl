// Chaînes et dates complétées (noms français)
Trace(ChaîneInverse("été"), ChaîneInsère("Bjour", "on", 2)) // expect: été, Bonjour
Trace(ChaîneIncrémente("FAC-0999")) // expect: FAC-1000
Trace(ExtraitLigne("un" + RC + "deux", 1), ExtraitChaîneEntre("[a] [b]", "[", "]", 0, 2)) // expect: un, b
Trace(Hier("20240301"), Demain("20240228"), AnnéeBissextile(2023)) // expect: 20240229, 20240229, 0
Trace(ChaîneVersDate("14/07/1789"), ChaîneVersHeure("08:15", "HH:MM")) // expect: 17890714, 08150000
Trace(HeureValide("1260"), DateHeureValide("2024022912000000")) // expect: 0, 1
Trace(EntierVersNuméroDeSemaine(DateVersEntier("20100101"))) // expect: 0
Trace(Taille(DateHeureSys()), AnnéeEnCours() > 2000) // expect: 16, 1
