// chaînes SINON SI
température est un entier = 25
SI température < 0 ALORS
	Trace("gel")
SINON SI température < 20 ALORS
	Trace("frais")
SINON SI température < 30 ALORS
	Trace("doux") // expect: doux
SINON
	Trace("chaud")
FIN
