// Import d'un fichier d'articles à largeur fixe, écrit en ANSI (Windows-1252) par
// l'ancien logiciel : fOuvre foLecture + foAnsi, fLitLigne jusqu'à EOT, Milieu pour
// chaque colonne, Val des centimes, SansEspace sscFin, une structure par ligne ; les
// accents et le Œ du fichier ANSI relus tels quels. Jumeau anglais : ansi_items_import_en.wl.
// Colonnes : code (6) libellé (20) prix en centimes (8) stock (5)
sFic est une chaîne = fRepTemp() + "\wl_golden_ARTICLES_" + Hasard(1, 99999999) + ".TXT"
bufAnsi est un Buffer = UnicodeVersAnsi("A00001Crème brûlée        0000045000012" + Caract(13) + Caract(10) + ...
	"A00002Pâté en croûte      0000129000003" + Caract(13) + Caract(10) + ...
	"A00003Œufs bio x6         0000032500100" + Caract(13) + Caract(10) + ...
	"      ligne vide                       " + Caract(13) + Caract(10))
fSauveBuffer(sFic, bufAnsi)
Trace(fTaille(sFic))

STArticle est une structure
	sCode est une chaîne
	sLibellé est une chaîne
	mPrix est un monétaire
	nStock est un entier
FIN
tabArticles est un tableau de STArticle
nFic est un entier = fOuvre(sFic, foLecture + foAnsi)
SI nFic = -1 ALORS
	Erreur(ErreurInfo())
	RETOUR
FIN
nLigne est un entier
sLigne est une chaîne = fLitLigne(nFic)
TANTQUE sLigne <> EOT
	nLigne++
	SI SansEspace(Milieu(sLigne, 1, 6)) = "" ALORS
		Trace("Ligne " + nLigne + " ignorée")
	SINON
		art est un STArticle
		art.sCode = Milieu(sLigne, 1, 6)
		art.sLibellé = SansEspace(Milieu(sLigne, 7, 20), sscFin)
		art.mPrix = Val(Milieu(sLigne, 27, 8)) / 100
		art.nStock = Val(Milieu(sLigne, 35, 5))
		TableauAjoute(tabArticles, art)
	FIN
	sLigne = fLitLigne(nFic)
FIN
fFerme(nFic)
mValeur est un monétaire
POUR TOUT a DE tabArticles
	Trace(a.sCode + " | " + a.sLibellé + " | " + NumériqueVersChaîne(a.mPrix, "8.2f") + " | " + a.nStock)
	mValeur += a.mPrix * a.nStock
FIN
Trace("Valeur du stock : " + mValeur)
Trace(Taille(tabArticles[1].sLibellé), Gauche(tabArticles[3].sLibellé, 4))
fSupprime(sFic)

// ce qu'il affiche
// expect: 164
// expect: Ligne 4 ignorée
// expect: A00001 | Crème brûlée |     4.50 | 12
// expect: A00002 | Pâté en croûte |    12.90 | 3
// expect: A00003 | Œufs bio x6 |     3.25 | 100
// expect: Valeur du stock : 417.7
// expect: 12, Œufs
