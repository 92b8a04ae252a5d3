// SI sur une ligne sans ALORS (WINDEV 2025)
n est un entier = 3
SI n > 2 Trace("grand") // expect: grand
SI n = 0 n = 10 SINON n = 20
Trace(n) // expect: 20
