// DateValide ?3027003 (page française ; jumeau anglais écrit d'après elle) : ses exemples
// tels qu'écrits, sa plage (« du 01 janvier 0001 au 31 décembre 9999 ») et les sortes de
// dates qu'elle prend (une chaîne AAAAMMJJ, une variable Date ou DateHeure).
Res est un booléen
Res = DateValide("20011225")  // Res retourne Vrai
Trace(Res) // expect: 1
Res = DateValide("20012512")  // Res retourne Faux
Trace(Res) // expect: 0
Res = DateValide("2001")      // Res retourne Faux
Trace(Res) // expect: 0
Res = DateValide("14821225")  // Res retourne Vrai
Trace(Res) // expect: 1
Trace(DateValide("00010101"), DateValide("99991231"), DateValide("20010229"), DateValide("20000229")) // expect: 1, 1, 0, 1
Trace(DateValide("15821004"), DateValide("15821005"), DateValide("15821014"), DateValide("15821015")) // expect: 1, 0, 0, 1
dDébut est une Date = "20011225"
dhRDV est une DateHeure = "20011225103000"
Trace(DateValide(dDébut), DateValide(dhRDV)) // expect: 1, 1
// Décidé (docs/semantics.md « Le calendrier avant 1582 ») : le calendrier grégorien
// prolongé avant 1582, ses années bissextiles comprises (la page ne dit pas la règle).
Trace(DateValide("15000229"), DateValide("16000229")) // expect: 0, 1
