// Caract et Asc
Trace(Caract(66) + Caract(67)) // expect: BC
Trace(Asc("é")) // expect: 233
