// Noms de jours et de mois appelés par leur nom français : en français (WINDEV les prend
// dans la langue du projet ; ici le nom écrit en tient lieu, docs/builtins.md).
Trace(DateVersJourEnLettre("20011225"), EntierVersJourEnLettre(73773)) // expect: Mardi, Mardi
Trace(DateVersMoisEnLettre("20011225"), EntierVersMoisEnLettre(73773)) // expect: Décembre, Décembre
Trace(NuméroDeJourVersLettre(7), NumeroDeMoisVersLettre(8)) // expect: Dimanche, Août
Trace("[" + NuméroDeJourVersLettre(9) + "]") // expect: []
// les mêmes appelés comme méthodes d'une date, par leur nom français (ils donnaient
// "Saturday") ; par leur nom anglais, en anglais
MaDate est une Date = "20240120"
Trace(MaDate.VersJourEnLettre(), MaDate.VersMoisEnLettre()) // expect: Samedi, Janvier
Trace(MaDate.ToDayInAlpha(), MaDate.ToMonthInAlpha()) // expect: Saturday, January
