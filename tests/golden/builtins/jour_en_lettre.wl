// Noms de jours et de mois appelés par leur nom français : en français (WINDEV les prend
// dans la langue du projet ; ici le nom écrit en tient lieu, docs/builtins.md).
Trace(DateVersJourEnLettre("20011225"), EntierVersJourEnLettre(73773)) // expect: Mardi, Mardi
Trace(DateVersMoisEnLettre("20011225"), EntierVersMoisEnLettre(73773)) // expect: Décembre, Décembre
Trace(NuméroDeJourVersLettre(7), NumeroDeMoisVersLettre(8)) // expect: Dimanche, Août
Trace("[" + NuméroDeJourVersLettre(9) + "]") // expect: []
