// Recherche des fichiers en double par empreinte : fListeFichier avec une procédure
// appelée pour chaque fichier (récursif), HashFichier(HA_SHA_256), BufferVersHexa
// SansRegroupement SansLigne comme clé d'un tableau associatif global, puis les groupes
// de plus d'un fichier. Deux fichiers vides ont l'empreinte de la chaîne vide. Jumeau
// anglais : duplicate_files_hash_en.wl.
sRep est une chaîne = fRepTemp() + "\wl_golden_doublons_" + Hasard(1, 99999999)
SI fRépertoireExiste(sRep) = Vrai ALORS fRepSupprime(sRep, frRécursif)
fRepCrée(sRep + "\photos\2025")
fSauveTexte(sRep + "\a.txt", "contenu identique")
fSauveTexte(sRep + "\photos\b.txt", "contenu identique")
fSauveTexte(sRep + "\photos\2025\c.TXT", "contenu identique")
fSauveTexte(sRep + "\d.txt", "autre contenu")
fSauveBuffer(sRep + "\vide1.dat", "")
fSauveBuffer(sRep + "\vide2.dat", "")

taDoublons est un tableau associatif de chaînes
nNbFichiers est un entier = fListeFichier(sRep + "\*.*", AjouteEmpreinte, Null, frRécursif)
Trace("Fichiers parcourus : " + nNbFichiers)
nGroupes est un entier
POUR TOUT sListe, sEmpreinte DE taDoublons
	SI ChaîneOccurrence(sListe, RC) = 0 ALORS CONTINUER
	nGroupes++
	tabNoms est un tableau de chaînes
	POUR TOUTE CHAÎNE sChemin DE sListe SÉPARÉE PAR RC
		Ajoute(tabNoms, Minuscule(fExtraitChemin(sChemin, fFichier + fExtension)))
	FIN
	TableauTrie(tabNoms)
	Trace(TableauVersChaîne(tabNoms, ", ") + " : " + (ChaîneOccurrence(sListe, RC) + 1) + " copies")
FIN
Trace("Groupes de doublons : " + nGroupes)
Trace(HashFichier(HA_MD5_128, sRep + "\vide1.dat") = HashChaîne(HA_MD5_128, ""))
Trace(Taille(BufferVersHexa(HashFichier(HA_SHA_256, sRep + "\a.txt"), SansRegroupement, SansLigne)))
fRepSupprime(sRep, frRécursif)

// ce qu'il affiche
// expect: Fichiers parcourus : 6
// expect: a.txt, b.txt, c.txt : 3 copies
// expect: vide1.dat, vide2.dat : 2 copies
// expect: Groupes de doublons : 2
// expect: 1
// expect: 64

PROCÉDURE AjouteEmpreinte(sRépertoire, sNom, nChange, nPtr)
sComplet est une chaîne = sRépertoire + sNom
bufEmpreinte est un Buffer = HashFichier(HA_SHA_256, sComplet)
SI ErreurDétectée ALORS
	Trace("Illisible : " + sNom)
	RENVOYER Vrai
FIN
sCle est une chaîne = BufferVersHexa(bufEmpreinte, SansRegroupement, SansLigne)
SI taDoublons[sCle] = "" ALORS
	taDoublons[sCle] = sComplet
SINON
	taDoublons[sCle] += RC + sComplet
FIN
RENVOYER Vrai
