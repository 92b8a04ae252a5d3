// Noms de jours et de mois appelés par leur nom français : en français (WINDEV les prend
// dans la langue du projet ; ici le nom écrit en tient lieu, docs/builtins.md), en
// minuscules comme DateVersChaîne les écrit avec "JJJJ" et "MMMM" : la page de
// DateVersChaîne (?3027025) fait dépendre la casse des deux d'un même réglage, les
// options linguistiques du projet, et donne d'abord "mardi 02 décembre 2003"
// (docs/builtins.md "French day and month names").
Trace(DateVersJourEnLettre("20011225"), EntierVersJourEnLettre(73773)) // expect: mardi, mardi
Trace(DateVersMoisEnLettre("20011225"), EntierVersMoisEnLettre(73773)) // expect: décembre, décembre
Trace(NuméroDeJourVersLettre(7), NumeroDeMoisVersLettre(8)) // expect: dimanche, août
Trace("[" + NuméroDeJourVersLettre(9) + "]") // expect: []
// les mêmes appelés comme méthodes d'une date, par leur nom français (ils donnaient
// "Saturday") ; par leur nom anglais, en anglais
MaDate est une Date = "20240120"
Trace(MaDate.VersJourEnLettre(), MaDate.VersMoisEnLettre()) // expect: samedi, janvier
Trace(MaDate.ToDayInAlpha(), MaDate.ToMonthInAlpha()) // expect: Saturday, January
// la même casse que DateVersChaîne, qui force la majuscule avec "Jjjj" et "Mmmm"
Trace(DateVersChaîne("20011225", "JJJJ JJ MMMM") = ...
	DateVersJourEnLettre("20011225") + " 25 " + DateVersMoisEnLettre("20011225")) // expect: 1
Trace(DateVersChaîne("20011225", "Jjjj Mmmm")) // expect: Mardi Décembre
