// Semaine ISO et son année aux bords de l'année (semaine 53, semaine 1 en décembre)
tabDates est un tableau de Dates = ["20201231", "20210101", "20210103", "20210104", "20241230", "20241231", "20250101", "20151231", "20160103", "20261231", "20270101"]
POUR TOUT d DE tabDates
	Trace(DateVersChaîne(d, "JJJ JJ/MM/AAAA"), NuméroDeSemaine(d, iso8601), AnnéeISO(d), LibelléSemaine(d), NuméroDeSemaine(d))
FIN
// premier lundi de la semaine ISO 1
Trace(DateVersChaîne(LundiSemaine1(2021), "JJ/MM/AAAA"), DateVersChaîne(LundiSemaine1(2025), "JJ/MM/AAAA"), DateVersChaîne(LundiSemaine1(2016), "JJ/MM/AAAA"))
Trace(NombreSemainesISO(2020), NombreSemainesISO(2021), NombreSemainesISO(2026))
// expect: jeu. 31/12/2020, 53, 2020, 2020-S53, 53
// expect: ven. 01/01/2021, 53, 2020, 2020-S53, 0
// expect: dim. 03/01/2021, 53, 2020, 2020-S53, 0
// expect: lun. 04/01/2021, 1, 2021, 2021-S01, 1
// expect: lun. 30/12/2024, 1, 2025, 2025-S01, 53
// expect: mar. 31/12/2024, 1, 2025, 2025-S01, 53
// expect: mer. 01/01/2025, 1, 2025, 2025-S01, 1
// expect: jeu. 31/12/2015, 53, 2015, 2015-S53, 53
// expect: dim. 03/01/2016, 53, 2015, 2015-S53, 0
// expect: jeu. 31/12/2026, 53, 2026, 2026-S53, 53
// expect: ven. 01/01/2027, 53, 2026, 2026-S53, 0
// expect: 04/01/2021, 30/12/2024, 04/01/2016
// expect: 53, 52, 53

PROCÉDURE AnnéeISO(d est une Date) : entier
	nSemaine est un entier = NuméroDeSemaine(d, iso8601)
	SI nSemaine >= 52 ET d..Mois = 1 ALORS RENVOYER d..Année - 1
	SI nSemaine = 1 ET d..Mois = 12 ALORS RENVOYER d..Année + 1
	RENVOYER d..Année

PROCÉDURE LibelléSemaine(d est une Date)
	RENVOYER AnnéeISO(d) + "-S" + NumériqueVersChaîne(NuméroDeSemaine(d, iso8601), "02d")

PROCÉDURE LundiSemaine1(nAnnée est un entier) : Date
	d4Janvier est une Date
	d4Janvier..Année = nAnnée
	d4Janvier..Mois = 1
	d4Janvier..Jour = 4
	RENVOYER d4Janvier - (DateVersJourDeLaSemaine(d4Janvier) - 1)

PROCÉDURE NombreSemainesISO(nAnnée est un entier) : entier
	d28Déc est une Date = nAnnée + "1228"
	RENVOYER NuméroDeSemaine(d28Déc, iso8601)
