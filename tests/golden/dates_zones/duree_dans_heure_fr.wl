// Une Durée donnée à une Heure est autant après minuit : 1 h 2 min est 01:02, en
// repassant minuit comme une Heure plus une Durée (INFERRED, docs/semantics.md "Time,
// DateTime, Duration"). L'Heure gardait les mots de la Durée, "1 h 2 min", aucune heure.
duTrajet est une Durée = "0102"
hArrivée est une Heure = duTrajet
Trace(hArrivée, hArrivée..Heure, hArrivée..Minute) // expect: 01020000, 1, 2
hArrivée = 25 h 30 min
Trace(hArrivée) // expect: 01300000
hArrivée = 1 min 30 s 250 ms
Trace(hArrivée) // expect: 00013025
