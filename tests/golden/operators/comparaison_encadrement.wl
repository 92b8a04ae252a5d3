// encadrement a < x < b dans un SI
note est un réel = 12.5
SI 10 <= note < 14 ALORS Trace("assez bien") // expect: assez bien
SI 0 < note < 10 ALORS Trace("insuffisant") SINON Trace("moyenne") // expect: moyenne
