// SI ... ALORS sur une ligne, SINON sur la suivante
n est un entier = 0
SI n > 0 ALORS Trace("positif")
SINON Trace("nul ou négatif") // expect: nul ou négatif
