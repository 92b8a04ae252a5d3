// Une Date déplacée au-delà du 31/12/9999 (ou avant le 01/01/0001) d'un nombre de
// jours : l'exécution s'arrête en nommant la plage d'une Date (c'était "Numeric
// overflow or invalid numeric operation.", sans dire que le calendrier s'arrêtait là)
dDernière est une Date = "99991231"
dDerniere += 0
Trace(dDernière) // expect: 99991231
dDernière = dDernière + 30 // expect error: Date out of range: 31/12/9999 + 30 day(s) falls outside the dates a Date can hold, 01/01/0001 to 31/12/9999.
