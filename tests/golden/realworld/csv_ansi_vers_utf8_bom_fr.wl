// (method b) Un export CSV d'un ancien logiciel (ANSI Windows-1252 : é, œ, €) réécrit en
// UTF-8 avec BOM, ligne par ligne : fOuvre(foLecture + foAnsi), fLitLigne jusqu'à EOT,
// fCrée(..., foUTF8), fEcritLigne ; contrôle octet par octet (Buffer indicé, Milieu,
// BufferVersHexa). Passe tel qu'écrit. Jumeau anglais ansi_csv_to_utf8_bom_en.wl (la
// même conversion en une ligne, fSaveText(..., foUTF8), donne les mêmes octets).
sRep est une chaîne = fRepTemp() + "\wl_conv_" + Hasard(1, 99999999)
fRepCrée(sRep)
sSource est une chaîne = sRep + "\clients_ansi.csv"
sCible est une chaîne = sRep + "\clients_utf8.csv"
// le fichier tel que l'ancien logiciel l'écrit : octets ANSI
sExport est une chaîne = "Nom;Ville;Solde" + RC + "Hélène Cœur;Orléans;1 250,00 €" + RC + "Noël Leçon;Besançon;-12,50 €" + RC
fSauveTexte(sSource, sExport, foAnsi)
bufSource est un Buffer = fChargeBuffer(sSource)
Trace("source : " + Taille(bufSource) + " octets, é œ € : " + BufferVersHexa(bufSource[19]) + " " + BufferVersHexa(bufSource[26]) + " " + BufferVersHexa(bufSource[47])) // expect: source : 79 octets, é œ € : E9 9C 80

nLignes est un entier = ConvertitEnUTF8(sSource, sCible)
Trace(nLignes + " lignes converties") // expect: 3 lignes converties
bufCible est un Buffer = fChargeBuffer(sCible)
Trace("BOM : " + BufferVersHexa(Gauche(bufCible, 3), SansRegroupement), "taille : " + Taille(bufCible)) // expect: BOM : EFBBBF, taille : 93
Trace("é en UTF-8 : " + BufferVersHexa(Milieu(bufCible, 3 + 19, 2), SansRegroupement)) // expect: é en UTF-8 : C3A9
// relu comme texte : identique à l'original
Trace(fChargeTexte(sCible) = sExport, fChargeTexte(sSource, foAnsi) = sExport) // expect: 1, 1
sLigne2 est une chaîne = ExtraitChaîne(fChargeTexte(sCible), 2, RC)
Trace(sLigne2, Taille(sLigne2)) // expect: Hélène Cœur;Orléans;1 250,00 €, 30
fRepSupprime(sRep, frRécursif)

PROCÉDURE ConvertitEnUTF8(sDepuis est une chaîne, sVers est une chaîne) : entier
nEntrée est un entier = fOuvre(sDepuis, foLecture + foAnsi)
SI nEntrée = -1 ALORS RENVOYER -1
nSortie est un entier = fCrée(sVers, foUTF8)
SI nSortie = -1 ALORS
	fFerme(nEntrée)
	RENVOYER -1
FIN
nNb est un entier
sLigne est une chaîne = fLitLigne(nEntrée)
TANTQUE sLigne <> EOT
	fEcritLigne(nSortie, sLigne)
	nNb++
	sLigne = fLitLigne(nEntrée)
FIN
fFerme(nEntrée)
fFerme(nSortie)
RENVOYER nNb
