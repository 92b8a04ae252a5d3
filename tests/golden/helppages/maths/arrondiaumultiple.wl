// Page d'aide "ArrondiAuMultiple" (?1410088706) : les exemples écrits en français.
Trace(ArrondiAuMultiple(10, 9)) // expect: 9
Trace(ArrondiAuMultiple(-10, -3)) // expect: -9
Trace(ArrondiAuMultiple(1.3, 0.2)) // expect: 1.4
Trace(ArrondiAuMultiple(2.64, 0.25)) // expect: 2.75
m est un monétaire = 2.64
Trace(ArrondiAuMultiple(m, 0.25)) // expect: 2.75
ResArrondi = Arrondi(-16.238167, 2)
Trace(ResArrondi) // expect: -16.24
