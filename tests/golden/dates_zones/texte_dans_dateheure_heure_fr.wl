// Un texte donné à une DateHeure ou une Heure (décidé : docs/semantics.md "A text into a
// DateTime or a Time"). Les chiffres de WINDEV, les formes ISO et un texte qui commence
// par l'année donnent la date et l'heure qu'ils écrivent ; une heure à un chiffre
// ("9:15") est cette heure (elle restait un texte, sans ..Heure). Un texte qui ne
// commence pas par l'année ("05/01/2025 10:30") est gardé tel quel, comme une Date garde
// "05/01/2025" : DateHeureValide répond Faux.
dhChiffres est une DateHeure = "2025010510300000"
dhIso est une dateheure = "2025-01-05T10:30"
dhBarres EST UNE DATEHEURE = "2025/01/05 10:30"
Trace(dhChiffres..Jour, dhChiffres..Mois, dhChiffres..Année, dhChiffres..Heure, dhChiffres..Minute) // expect: 5, 1, 2025, 10, 30
Trace(dhIso..jour, dhIso..mois, dhIso..heure, dhIso..minute) // expect: 5, 1, 10, 30
Trace(dhBarres..JOUR, dhBarres..MOIS, dhBarres..HEURE, dhBarres..MINUTE) // expect: 5, 1, 10, 30
Trace(dhChiffres = dhIso, dhIso = dhBarres, dhIso = "2025-01-05T10:30:00") // expect: 1, 1, 1
Trace(dhIso < "2025-01-05T11:00", dhIso > "20250105") // expect: 1, 1
hDébut est une Heure = "9:15"
Trace(hDébut, hDébut..Heure, hDébut..Minute, HeureValide(hDébut)) // expect: 09150000, 9, 15, 1
Trace(hDébut = "09:15", hDébut < "10:00", hDébut > "9:05:30") // expect: 1, 1, 1
hDébut..Minute += 50
Trace(HeureVersChaîne(hDébut)) // expect: 10:05:00:00
sSaisie est une chaîne = "7:05:30"
hLue est une heure = sSaisie
Trace(hLue..Heure, hLue..Minute, hLue..Seconde) // expect: 7, 5, 30
dhJourDabord est une DateHeure = "05/01/2025 10:30"
Trace(dhJourDabord, DateHeureValide(dhJourDabord)) // expect: 05/01/2025 10:30, 0
Trace(dhJourDabord = "05/01/2025 10:30") // expect: 1
QUAND EXCEPTION DANS
	Trace(dhJourDabord..Jour)
FAIRE
	Trace(ExceptionInfo()) // expect: '05/01/2025 10:30' is not a valid datetime (DateTimeValid gives False for it).
FIN
