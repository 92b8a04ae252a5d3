// Échange avec un logiciel comptable : fichier CSV reçu en ANSI (Windows-1252, séparateur
// point-virgule, montants à virgule) lu par fLitLigne, équilibre débit/crédit par journal,
// réexport en largeur fixe en UTF-8 et en UTF-16 par fOuvre (marques d'ordre des octets),
// paramètres dans un INI, résumé en JSON (Variant) et en XML (document nommé), ménage.
sDossier est une chaîne = fRepTemp() + fSep() + "echange_" + DonneIdentifiant()
fRepCrée(sDossier)

// 1. le fichier reçu : ANSI (Windows-1252), séparateur point-virgule, montants à virgule
sRecu est une chaîne = sDossier + "\ecritures.csv"
nF est un entier = fOuvre(sRecu, foCréation + foAnsi)
fEcritLigne(nF, "Journal;Date;Compte;Libellé;Débit;Crédit")
fEcritLigne(nF, "VT;03/12/2026;411000;Facture n°125 Café Noël;1250,50;")
fEcritLigne(nF, "VT;03/12/2026;706000;Facture n°125 Café Noël;;1042,08")
fEcritLigne(nF, "VT;03/12/2026;445710;TVA collectée;;208,42")
fEcritLigne(nF, "BQ;04/12/2026;512000;Règlement « Café Noël »;1250,50;")
fEcritLigne(nF, "BQ;04/12/2026;411000;Règlement « Café Noël »;;1250,50")
fFerme(nF)
Trace("taille ANSI : " + fTaille(sRecu)) // expect: taille ANSI : 306

// 2. lecture ligne à ligne, contrôle de l'équilibre par journal
taDébit est un tableau associatif de monétaires
taCrédit est un tableau associatif de monétaires
tabLignes est un tableau de chaînes
nF = fOuvre(sRecu, foLecture + foAnsi)
SI nF = -1 ALORS
	Erreur("Impossible d'ouvrir " + sRecu, ErreurInfo())
	RETOUR
FIN
sLigne est une chaîne = fLitLigne(nF)	// en-tête
sLigne = fLitLigne(nF)
TANTQUE sLigne <> EOT
	sJournal, sDate, sCompte, sLibellé, sDébit, sCrédit sont des chaînes
	(sJournal, sDate, sCompte, sLibellé, sDébit, sCrédit) = ChaîneDécoupe(sLigne, ";")
	taDébit[sJournal] += Val(Remplace(sDébit, ",", "."))
	taCrédit[sJournal] += Val(Remplace(sCrédit, ",", "."))
	tabLignes.Ajoute(sLigne)
	sLigne = fLitLigne(nF)
FIN
fFerme(nF)
POUR TOUT mD, sJ DE taDébit
	Trace(sJ + " : " + mD + " / " + taCrédit[sJ] + (mD = taCrédit[sJ] ? " équilibré" SINON " DÉSÉQUILIBRÉ"))
FIN
// expect: VT : 1250.5 / 1250.5 équilibré
// expect: BQ : 1250.5 / 1250.5 équilibré

// 3. réexport en UTF-8 et en UTF-16 (avec BOM), largeur fixe
sUTF8 est une chaîne = sDossier + "\ecritures_utf8.txt"
sUTF16 est une chaîne = sDossier + "\ecritures_utf16.txt"
n8 est un entier = fOuvre(sUTF8, foCréation + foUnicode)
fFerme(n8)
fSupprime(sUTF8)
n8 = fOuvre(sUTF8, foCréation + foUTF8)
n16 est un entier = fOuvre(sUTF16, foCréation + foUnicode)
POUR TOUT sL DE tabLignes
	sFixe est une chaîne = Complète(ExtraitChaîne(sL, 1, ";"), 3) + ...
		DateVersChaîne(ChaîneVersDate(ExtraitChaîne(sL, 2, ";"), "JJ/MM/AAAA"), "AAAAMMJJ") + ...
		Complète(ExtraitChaîne(sL, 3, ";"), 8) + Complète(ExtraitChaîne(sL, 4, ";"), 30)
	fEcritLigne(n8, sFixe)
	fEcritLigne(n16, sFixe)
FIN
fFerme(n8)
fFerme(n16)
bufDébut est un Buffer = fChargeBuffer(sUTF16)
Trace("BOM UTF-16 : " + BufferVersHexa(bufDébut[[1 À 2]])) // expect: BOM UTF-16 : FF FE
bufDébut = fChargeBuffer(sUTF8)
Trace("BOM UTF-8 : " + BufferVersHexa(bufDébut[[1 À 3]])) // expect: BOM UTF-8 : EF BB BF
sRelu est une chaîne = fChargeTexte(sUTF16)
Trace("[" + ExtraitChaîne(sRelu, 5, RC) + "]") // expect: [BQ 20261204411000  Règlement « Café Noël »       ]
Trace("lignes UTF-8 : " + ChaîneOccurrence(fChargeTexte(sUTF8, foUTF8), RC)) // expect: lignes UTF-8 : 5

// 4. paramètres de l'export dans un INI, résumé en JSON et en XML
sIni est une chaîne = sDossier + "\export.ini"
INIEcrit("Export", "DernierNuméro", "125", sIni)
INIEcrit("Export", "Format", "largeur fixe", sIni)
Trace("INI : " + INILit("Export", "Format", "", sIni) + ", n°" + INILit("Export", "DernierNuméro", "0", sIni)) // expect: INI : largeur fixe, n°125
Trace("INI absent : [" + INILit("Export", "Inconnu", "défaut", sIni) + "]") // expect: INI absent : [défaut]

vRésumé est un Variant
vRésumé.fichier = fExtraitChemin(sRecu, fFichier + fExtension)
vRésumé.lignes = tabLignes.Occurrence
POUR TOUT mD, sJ DE taDébit
	vRésumé.journaux[sJ] = mD
FIN
Trace(VariantVersJSON(vRésumé)) // expect: {"fichier":"ecritures.csv","lignes":5,"journaux":{"VT":1250.5,"BQ":1250.5}}

XMLDocument("EXP", "<export/>")
POUR TOUT mD, sJ DE taDébit
	XMLAjouteFils("EXP", "journal", NumériqueVersChaîne(mD, ".2f"), Vrai)
	XMLAjouteAttribut("EXP", "code", sJ)
	XMLParent("EXP")
FIN
Trace(XMLConstruitChaîne("EXP", XMLSansEntête)) // expect: <export><journal code="VT">1250.50</journal><journal code="BQ">1250.50</journal></export>
// expect:
XMLTermine("EXP")

// 5. ménage
fSupprime(sDossier + "\*.*")
Trace("dossier supprimé : " + fRepSupprime(sDossier)) // expect: dossier supprimé : 1
