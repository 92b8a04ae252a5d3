// Un export « Texte Unicode » (UTF-16 LE avec sa marque FF FE, écrit ici par
// fSauveTexte(..., foUnicode)) converti en CSV UTF-8 avec marque pour un partenaire :
// fOuvre sans mode (la marque décide), fLitLigne jusqu'à EOT, fCrée(..., foUTF8),
// fEcritLigne ; un caractère hors du plan de base (🍵, deux unités UTF-16) compris ;
// contrôle par fChargeBuffer, [[1 À 3]], UTF8VersChaîne. Méthode b, FS 6 déc. 2026 :
// passe tel qu'écrit. Jumeau anglais utf16_export_to_utf8_en.wl.
// Conversion d'un export Unicode (UTF-16 avec BOM, comme Excel « Texte Unicode » l'écrit)
// en UTF-8 pour un partenaire : lecture ligne à ligne, tabulations en points-virgules
sRep est une chaîne = fRepTemp() + "\wl_golden_conversion_utf16_" + Hasard(1, 999999999)
fRepCrée(sRep)
sExport est une chaîne = sRep + "\export_unicode.txt"
// l'export : marque FF FE puis le texte en UTF-16 LE
sTexte est une chaîne = "Réf" + TAB + "Libellé" + TAB + "Prix" + RC + "A1" + TAB + "Crème brûlée" + TAB + "4,50" + RC + "B2" + TAB + "Thé vert 🍵" + TAB + "3,20" + RC
fSauveTexte(sExport, sTexte, foUnicode)
Trace("Taille export : " + fTaille(sExport), BufferVersHexa(fChargeBuffer(sExport)[[1 À 4]])) // expect: Taille export : 124, FF FE 52 00

sSortie est une chaîne = sRep + "\export_utf8.csv"
nLignes est un entier = ConvertitEnUTF8(sExport, sSortie)
Trace(nLignes + " ligne(s) converties") // expect: 3 ligne(s) converties
bufSortie est un Buffer = fChargeBuffer(sSortie)
Trace("BOM UTF-8 : " + (bufSortie[[1 À 3]] = Caract(0xEF) + Caract(0xBB) + Caract(0xBF))) // expect: BOM UTF-8 : 1
Trace(UTF8VersChaîne(bufSortie[[4 À]]) = "Réf;Libellé;Prix" + RC + "A1;Crème brûlée;4,50" + RC + "B2;Thé vert 🍵;3,20" + RC) // expect: 1
Trace(ExtraitLigne(fChargeTexte(sSortie), 3)) // expect: B2;Thé vert 🍵;3,20
fRepSupprime(sRep, frRécursif)

PROCÉDURE ConvertitEnUTF8(sSource est une chaîne, sCible est une chaîne) : entier
	nEntrée est un entier = fOuvre(sSource, foLecture)
	SI nEntrée = -1 ALORS
		Trace("Impossible d'ouvrir " + sSource)
		RENVOYER -1
	FIN
	nSortie est un entier = fCrée(sCible, foUTF8)
	nNb est un entier = 0
	sLigne est une chaîne = fLitLigne(nEntrée)
	TANTQUE sLigne <> EOT
		fEcritLigne(nSortie, Remplace(sLigne, TAB, ";"))
		nNb++
		sLigne = fLitLigne(nEntrée)
	FIN
	fFerme(nEntrée)
	fFerme(nSortie)
	RENVOYER nNb
