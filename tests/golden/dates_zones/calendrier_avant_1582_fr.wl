// Le calendrier avant 1582 (décidé, NON VÉRIFIÉ : docs/semantics.md « The calendar before
// 1582 ») : numéros de jour et différences suivent le calendrier grégorien prolongé vers
// le passé, comme ISO 8601 ; DateValide et DateHeureValide ne refusent que les dix jours
// d'octobre 1582 que nomment les pages (?3027003, ?1000020940).
Trace(DateValide("15000229"), DateValide("16000229"), DateValide("14000229")) // expect: 0, 1, 0
Trace(DateVersEntier("18000101"), EntierVersDate(1)) // expect: 1, 18000101
Trace(DateVersEntier("15821015") - DateVersEntier("15821004")) // expect: 11
Trace(DateDifférence("15821004", "15821015"), DateDifférence("15000228", "15000301")) // expect: 11, 1
Trace(DateVersJour("15821004"), DateVersJour("15821015")) // expect: 1, 5
dDernier est une Date = "15821004"
dSuivant est une Date = dDernier + 1
Trace(dSuivant, DateValide(dSuivant)) // expect: 15821005, 0
Trace(DateVersEntier("00010101"), EntierVersDate(-657070)) // expect: -657070, 00010101
