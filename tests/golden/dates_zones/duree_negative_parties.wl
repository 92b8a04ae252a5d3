// Les parties d'une Durée négative sont négatives : elles s'additionnent en la durée et
// `du..Minute += 5` ajoute cinq minutes quel que soit son signe (INFERRED,
// docs/semantics.md "A negative Duration's parts"). Elles étaient positives.
duRetard est une Durée = -(90 min)
Trace(duRetard..Heure, duRetard..Minute, duRetard..EnMinutes) // expect: -1, -30, -90
Trace(duRetard..Heure * 60 + duRetard..Minute = duRetard..EnMinutes) // expect: 1
duRetard..Minute += 5
Trace(duRetard, duRetard..EnMinutes) // expect: -1 h 25 min, -85
duRetard..Minute = -10
Trace(duRetard) // expect: -1 h 10 min
duEcart est une Durée = "-0013000500"
Trace(duEcart..Jour, duEcart..Heure, duEcart..Seconde, duEcart..Milliseconde) // expect: 0, -1, 0, -500
duAvance est une Durée = 62 min
Trace(duAvance..Heure, duAvance..Minute) // expect: 1, 2
