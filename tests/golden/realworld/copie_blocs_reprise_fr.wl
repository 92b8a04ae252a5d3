// (method b) Copie d'un gros fichier par blocs de 4 Kio avec reprise : écriture dans
// « .partiel », une coupure simulée après un bloc, la copie suivante reprend à la taille
// déjà copiée (fPositionne des deux côtés, foEcriture + foCréationSiInexistant sans
// vider), BOUCLE / SORTIR, fLit d'un Buffer, paramètre facultatif, puis HashFichier et
// fRenomme. Passe tel qu'écrit. Jumeau anglais resumable_block_copy_en.wl.
CONSTANTE
	TAILLE_BLOC = 4096
FIN
sRep est une chaîne = fRepTemp() + "\wl_reprise_" + Hasard(1, 99999999)
fRepCrée(sRep)
sSource est une chaîne = sRep + "\sauvegarde.bin"
bufSource est un Buffer
POUR i = 1 À 10000
	bufSource += Caract(i modulo 251)
FIN
fSauveBuffer(sSource, bufSource)
sCible est une chaîne = sRep + "\copie.bin"
// première tentative coupée après 1 bloc
Trace(CopieAvecReprise(sSource, sCible, 1), fTaille(sCible + ".partiel")) // expect: coupé après 1 bloc(s), 4096
// reprise : les blocs restants
Trace(CopieAvecReprise(sSource, sCible, 0), fFichierExiste(sCible + ".partiel")) // expect: terminé : 2 bloc(s) repris à l'octet 4096, 0
Trace(fTaille(sCible), HashFichier(HA_SHA_256, sCible) = HashFichier(HA_SHA_256, sSource)) // expect: 10000, 1
fRepSupprime(sRep, frRécursif)

// nBlocsMax : 0 pour tout copier, sinon s'arrêter après ce nombre de blocs (coupure simulée)
PROCÉDURE CopieAvecReprise(sDe est une chaîne, sVers est une chaîne, nBlocsMax est un entier = 0) : chaîne
sPartiel est une chaîne = sVers + ".partiel"
nDéjà est un entier = 0
SI fFichierExiste(sPartiel) ALORS nDéjà = fTaille(sPartiel)
nEntrée est un entier = fOuvre(sDe, foLecture)
SI nEntrée = -1 ALORS RENVOYER "erreur : " + ErreurInfo(errMessage)
nSortie est un entier = fOuvre(sPartiel, foEcriture + foCréationSiInexistant)
fPositionne(nEntrée, nDéjà, fpDébut)
fPositionne(nSortie, nDéjà, fpDébut)
nBlocs est un entier
BOUCLE
	bufBloc est un Buffer = fLit(nEntrée, TAILLE_BLOC)
	SI Taille(bufBloc) = 0 ALORS SORTIR
	fEcrit(nSortie, bufBloc)
	nBlocs++
	SI nBlocsMax > 0 _ET_ nBlocs >= nBlocsMax ALORS
		fFerme(nEntrée)
		fFerme(nSortie)
		RENVOYER "coupé après " + nBlocs + " bloc(s)"
	FIN
FIN
fFerme(nEntrée)
fFerme(nSortie)
SI fFichierExiste(sVers) ALORS fSupprime(sVers)
fRenomme(sPartiel, sVers)
RENVOYER "terminé : " + nBlocs + " bloc(s) repris à l'octet " + nDéjà
