// Tronque donné une chaîne ou un Buffer garde ses premiers caractères : le générateur de
// mots de passe de PC SOFT (la collection de procédures d'un projet d'exemple) construit
// son mot de passe de triplets et renvoie `Tronque(sMDP, 20)` ; Tronque lisait le texte
// comme un nombre et renvoyait 0. Un nombre est toujours coupé après ses décimales
// (INFERRED, docs/builtins.md "Truncate of a string")
gsTriplets est une chaîne = "bar.cel.dom.fix.gul.hop"
gtabTriplets est un tableau de chaînes
ChaîneVersTableau(gsTriplets, gtabTriplets, ".")
Trace(Prononçable(4, 8)) // expect: Celdomfi
Trace(Prononçable(2, 20)) // expect: Cel
sCode est une chaîne = "ABCDEF-1234"
Trace(Tronque(sCode, 6), Taille(Tronque(sCode, 40)), "[" + Tronque(sCode, 0) + "]") // expect: ABCDEF, 11, []
bufTrame est un Buffer = "DEB" + "contenu"
Trace(Tronque(bufTrame, 3)) // expect: DEB
vTexte est un Variant = "wlinterp"
Trace(Tronque(vTexte, 2), Tronque("3.789", 3), Tronque(3.789, 2), Tronque(-2.7)) // expect: wl, 3.7, 3.78, -2

PROCÉDURE Prononçable(nTriplets est un entier, nLongueur est un entier) : chaîne
sMDP est une chaîne
POUR n = 2 _À_ nTriplets
	sFragment est une chaîne = gtabTriplets[n]
	SI n = 2 ALORS
		sMDP += Majuscule(sFragment[[1]]) + sFragment[[2 À]]
	SINON
		sMDP += sFragment
	FIN
FIN
RENVOYER Tronque(sMDP, nLongueur)
