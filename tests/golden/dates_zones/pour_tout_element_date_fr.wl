// POUR TOUT sur un tableau de Dates, d'Heures ou de DateHeures : l'élément en est une, donc
// `d + 1` est le lendemain (c'était le texte "202503011"), `h + 1 h` une heure plus tard
// (c'était "080000001 h"), `dh..Date` sa date (c'était « A string has no property
// 'Date' »), et `d = d + 1` réécrit le lendemain dans le tableau
tabEchéances est un tableau de Dates = ["20250228", "", "20251231"]
POUR TOUT dEchéance DE tabEchéances
	SI dEchéance = "" ALORS CONTINUER
	Trace(dEchéance + 1, dEchéance - 1, dEchéance..Mois, DateVersChaîne(dEchéance, "JJ/MM/AAAA"))
	dEchéance = dEchéance + 1
FIN
// expect: 20250301, 20250227, 2, 28/02/2025
// expect: 20260101, 20251230, 12, 31/12/2025
Trace(tabEchéances[1], tabEchéances[3]) // expect: 20250301, 20260101
taOuverture est un tableau associatif de Date
taOuverture["boutique"] = "20250301"
POUR TOUT dOuverture, sClé DE taOuverture
	Trace(sClé, dOuverture + 7) // expect: boutique, 20250308
FIN
tabCréneaux est un tableau d'Heures = ["0800", "1730"]
POUR TOUT hCréneau DE tabCréneaux
	Trace(hCréneau + 1 h, hCréneau - 30 min, hCréneau..Heure)
FIN
// expect: 09000000, 07300000, 8
// expect: 18300000, 17000000, 17
tabHorodatages est un tableau de DateHeures = ["20250301120000"]
POUR TOUT dhHorodatage DE tabHorodatages
	Trace(dhHorodatage + 1, dhHorodatage..Date, dhHorodatage + 1 h) // expect: 20250302120000000, 20250301, 20250301130000000
FIN
