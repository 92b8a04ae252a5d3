// SI ... ALORS ... SINON ... sur une ligne, sans FIN
n est un entier = 0
SI n = 0 ALORS Trace("zéro") // expect: zéro
SI n > 0 ALORS Trace("positif") SINON Trace("pas positif") // expect: pas positif
