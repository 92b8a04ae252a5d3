// Les dates qu'une requête écrite à la main calcule, sur SQLite comme sur PostgreSQL :
// CAST(... AS DATE), AS TIMESTAMP, AS TIME et CURRENT_DATE, CURRENT_TIMESTAMP,
// CURRENT_TIME arrivent au programme sous le texte d'une Date (AAAAMMJJ), d'une DateHeure
// et d'une Heure (HHMMSSCC) ; sur SQLite CAST('2024-11-05' AS DATE) donnait 2024 et
// CURRENT_DATE la date UTC en ISO (décidé, INFERRED : docs/hfsql.md "HFSQL's SQL translated")
HRaz(Customer)
Customer.Name = "Dupont"
Customer.BirthDate = "19800214"
HAjoute(Customer)
REQ_Dates est une Source de Données
sRequête est une chaîne = [
	SELECT cast('2024-11-05' as date) AS dFacture,
	       CAST('2024-11-05 13:45:07.250' AS TIMESTAMP) AS dhEnvoi,
	       Cast('13:45:07.25' As Time) AS hEnvoi,
	       CAST(BirthDate AS DATE) AS dNaissance,
	       current_date AS dJour, CURRENT_TIMESTAMP AS dhMaintenant, CURRENT_TIME AS hMaintenant
	FROM Customer
]
SI PAS HExécuteRequêteSQL(REQ_Dates, sRequête) ALORS
	Trace("requête refusée : " + HErreurInfo())
FIN
HLitPremier(REQ_Dates)
Trace(REQ_Dates.dFacture, REQ_Dates.dhEnvoi, REQ_Dates.hEnvoi, REQ_Dates.dNaissance)  // expect: 20241105, 20241105134507250, 13450725, 19800214
dFacture est une Date = REQ_Dates.dFacture
Trace(dFacture..Année, dFacture..Mois, dFacture..Jour)  // expect: 2024, 11, 5
Trace(REQ_Dates.dJour = DateDuJour(), Gauche(REQ_Dates.dhMaintenant, 8) = DateDuJour(), Taille(REQ_Dates.dhMaintenant), Taille(REQ_Dates.hMaintenant))  // expect: 1, 1, 17, 8
