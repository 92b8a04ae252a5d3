// Une Durée qui reçoit plus de neuf chiffres sans signe les lit sous la forme
// "+JHHMMSSCCC" de la page, sans son signe (INFERRED, docs/semantics.md "A Duration's
// digits without a sign") : "0013000000" vaut 1 h 30 min. Ils étaient lus comme les
// chiffres d'une heure : "0000230000000" donnait 23 s. Neuf chiffres ou moins restent
// ceux d'une heure.
duDélai est une Durée = "0013000000"
Trace(duDélai..EnMinutes) // expect: 90
duDelai = "0000230000000"
Trace(duDélai..EnHeures) // expect: 23
duDélai = "2013000500"
Trace(duDélai..Jour, duDélai..Heure, duDélai..Minute, duDélai..Milliseconde) // expect: 2, 1, 30, 500
duDélai = "0130"
Trace(duDélai..EnMinutes) // expect: 90
Trace(duDélai = "0013000000") // expect: 1
