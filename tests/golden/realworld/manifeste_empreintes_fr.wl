// Code métier (méthode b, sans page) : un manifeste d'empreintes, le SHA-256 de chaque
// fichier à côté de son nom, les fichiers copiés, chaque copie vérifiée (une copie
// modifiée exprès). Jumeau anglais checksum_manifest_en.wl.
sBase est une chaîne = fRepTemp() + ["\"] + "wl_golden_manifeste_" + Hasard(1, 99999999)
sSrc est une chaîne = sBase + "\src"
sDst est une chaîne = sBase + "\dst"
fRepCrée(sSrc)
fRepCrée(sDst)
tabNoms est un tableau de chaînes = ["facture_001.txt", "facture_002.txt", "notes.txt"]
POUR TOUT sNom, i DE tabNoms
	fSauveTexte(sSrc + "\" + sNom, Répète("ligne " + i + RC, i * 3))
FIN
sManifeste est une chaîne
POUR TOUT sNom DE tabNoms
	sManifeste += [RC] + sNom + TAB + BufferVersHexa(HashFichier(HA_SHA_256, sSrc + "\" + sNom), SansRegroupement, SansLigne)
FIN
fSauveTexte(sBase + "\manifeste.txt", sManifeste)
POUR TOUT sNom DE tabNoms
	fCopieFichier(sSrc + "\" + sNom, sDst + "\" + sNom)
FIN
fSauveTexte(sDst + "\notes.txt", "modifié")
nOK, nMauvais sont des entiers
POUR TOUTE CHAÎNE sLigne DE fChargeTexte(sBase + "\manifeste.txt") SÉPARÉE PAR RC
	sNom est une chaîne = ExtraitChaîne(sLigne, 1, TAB)
	sAttendu est une chaîne = ExtraitChaîne(sLigne, 2, TAB)
	SI BufferVersHexa(HashFichier(HA_SHA_256, sDst + "\" + sNom), SansRegroupement, SansLigne) = sAttendu ALORS
		nOK++
	SINON
		nMauvais++
		Trace("différent : " + sNom) // expect: différent : notes.txt
	FIN
FIN
Trace(nOK, nMauvais) // expect: 2, 1
fSupprime(sSrc + "\*.*")
fSupprime(sDst + "\*.*")
fSupprime(sBase + "\manifeste.txt")
fRepSupprime(sSrc)
fRepSupprime(sDst)
fRepSupprime(sBase)
Trace(fRépertoireExiste(sBase)) // expect: 0
