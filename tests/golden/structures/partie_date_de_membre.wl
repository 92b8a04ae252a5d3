// Une partie d'une Date membre d'une structure, changée (`s.d..Jour = 5`)
ST est une Structure
  d est une Date
FIN
s est un ST
s.d = "20240131"
s.d..Jour = 5
Trace(s.d) // expect: 20240105
s.d..Mois += 2
Trace(s.d) // expect: 20240305
