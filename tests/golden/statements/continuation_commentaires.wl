// "..." prolonge l'instruction sur la ligne suivante ; un commentaire /* */ fermé sur
// la même ligne peut le suivre (comme un commentaire //), et les lignes qui ne portent
// qu'un commentaire // entre les lignes prolongées sont sautées
sLibellé est une chaîne = "Facture" + ...   /* le type de pièce */
	" n°" + ... /* son numéro */
	NumériqueVersChaîne(42, "04d")
Trace(sLibellé) // expect: Facture n°0042
nQuantité est un entier = 7
SI nQuantité > 1 _ET_ ...
	// une ligne de commentaire entre les lignes prolongées
	nQuantité < 10 ALORS
	Trace("dans l'intervalle") // expect: dans l'intervalle
FIN
Trace(ChaîneConstruit("%1-%2", ...
	// l'année
	2026, ...
	"12")) // expect: 2026-12
