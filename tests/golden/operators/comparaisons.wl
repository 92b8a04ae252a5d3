// comparaisons en français dans un SI
prix est un réel = 9.5
SI prix >= 10 ALORS
	Trace("cher")
SINON
	Trace("bon marché") // expect: bon marché
FIN
SI "Paris" <> "paris" ALORS Trace("la casse compte") // expect: la casse compte
