// Une branche écrite après la dernière de son bloc : le SINON d'un SI est sa dernière
// branche, un second SINON (ou un SINON SI après lui) est refusé, en mots qui nomment le
// SINON d'avant et le SI ; il disait « unexpected 'SINON'; expected an expression or END ».
nStock est un entier = 3
SI nStock > 10 ALORS
	Trace("beaucoup")
SINON SI nStock > 0 ALORS
	Trace("peu")
SINON
	Trace("aucun")
SINON // expect error: 'SINON' cannot follow the SINON that is at line 9: that branch is the last of the SI opened at line 5, only FIN may follow it
	Trace("jamais")
FIN
