// SI une ligne enchaîné par SINON SI, sans FIN (?1510011)
Mention(95)
Mention(72)
Mention(55)
Mention(10)
// le SINON final sur la ligne suivante appartient au dernier SI de la chaîne
POUR n = 1 À 3
	SI n = 1 ALORS Trace("un") SINON SI n = 2 ALORS Trace("deux")
	SINON Trace("autre")
FIN
PROCÉDURE Mention(n est un entier)
SI n >= 90 ALORS Trace("TB") SINON SI n >= 70 ALORS Trace("B") SINON SI n >= 50 ALORS Trace("AB") SINON Trace("refusé")
si n >= 90 alors Trace("haut") sinon si n >= 50 alors Trace("milieu") sinon Trace("bas") fin
SI n = 95 ALORS Trace("quatre-vingt-quinze") SINON SI n = 10 ALORS Trace("dix")
SI n < 60 Trace("sans ALORS") SINON SI n < 80 Trace("sans ALORS non plus") SINON Trace("ni ici")
// expect: TB
// expect: haut
// expect: quatre-vingt-quinze
// expect: ni ici
// expect: B
// expect: milieu
// expect: sans ALORS non plus
// expect: AB
// expect: milieu
// expect: sans ALORS
// expect: refusé
// expect: bas
// expect: dix
// expect: sans ALORS
// expect: un
// expect: deux
// expect: autre
