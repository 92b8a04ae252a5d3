// Un SI recopié d'un tutoriel écrit avec des mots-clés d'une autre langue (ENTONCES) :
// sans ALORS la ligne est un SI d'une ligne, et le FIN qui suit ne ferme rien ;
// le message dit pourquoi et comment ouvrir le bloc.
nQuantité est un entier = 3
SI nQuantité > 2 ENTONCES
	Trace("commande groupée")
FIN // expect error: 'FIN' without a block to close: the SI of line 5 has no ALORS, so it was read as a one-line SI whose action ends with 'ENTONCES'; to open a block, write SI <condition> ALORS ... FIN
