// Jumeau français de zip_functions.wl : les exemples des pages des fonctions d'archive
// (zipAjouteFichier ?3082008, zipCrée ?3082003, <zipArchive>.Crée ?1000019160,
// zipAjouteListeFichier ?3082038, <zipArchive>.AjouteListeFichier ?1000019159,
// zipExtraitTout ?3082011, <zipArchive>.ExtraitTout ?1000019085, zipExtraitListeFichier
// ?1000017234, zipExtraitRépertoire ?1000025518, <zipArchive>.ExtraitRépertoire
// ?1000025755) écrits avec les noms français, dans le dossier temporaire.
sRep est une chaîne = fRepTemp() + "\wl_pageaide_zip_fr"
fRepCrée(sRep + "\MonRépertoire\MesFichiers")
fRepCrée(sRep + "\doc\Image")
fRepCrée(sRep + "\Temp")
fSauveTexte(sRep + "\MonRépertoire\MesFichiers\Fichier.pdf", "pdf")
fSauveTexte(sRep + "\doc\Image\Maison.BMP", "bmp")
fSauveTexte(sRep + "\Temp\Fichier.doc", "doc 1")
fSauveTexte(sRep + "\Temp\Fichier2.doc", "doc 2")

// zipAjouteFichier ?3082008
MonArchive est une zipArchive
ResCréation est un entier
ResAjoutFichier est un entier
// Création de l'archive
ResCréation = zipCrée(MonArchive, sRep + "\Archive.zip")
SI ResCréation = 0 ALORS
	// Ajout d'un fichier dans une archive
	ResAjoutFichier = zipAjouteFichier(MonArchive, ...
			sRep + "\MonRépertoire\MesFichiers\Fichier.pdf", zipDisque)
FIN
// Affichage du message d'erreur si le fichier n'a pas été ajouté
SI ResAjoutFichier <> 0 ALORS
	Erreur(zipMsgErreur(ResAjoutFichier))
FIN
Trace(ResCréation) // expect: 0
Trace(ResAjoutFichier) // expect: 0
Trace(zipNbFichier(MonArchive)) // expect: 1
Trace(ExtraitChaîne(zipListeFichier(MonArchive), 1, "\", DepuisFin)) // expect: Fichier.pdf
zipFerme(MonArchive)

// <zipArchive>.Crée ?1000019160
MonArchive2 est une zipArchive
ResCréation = MonArchive2.Crée(sRep + "\Archive2.zip")
SI ResCréation = 0 ALORS
	ResAjoutFichier = MonArchive2.AjouteFichier(...
			sRep + "\MonRépertoire\MesFichiers\Fichier.pdf", zipDisque)
FIN
Trace(ResCréation) // expect: 0
Trace(ResAjoutFichier) // expect: 0
Trace(MonArchive2.NbFichier()) // expect: 1
MonArchive2.Ferme()

// zipAjouteListeFichier ?3082038
MonArchive3 est une zipArchive
NumErrZip est un entier
NumErrZip = zipCrée(MonArchive3, sRep + "\FichierArchive.zip")
SI NumErrZip = 0 ALORS
	NumErrZip = zipAjouteListeFichier(MonArchive3, sRep + "\doc\Image\Maison.BMP" + RC + ...
			sRep + "\Temp\Fichier.doc" + RC + sRep + "\Temp\Fichier2.doc", zipDisque)
	SI NumErrZip <> 0 ALORS
		Erreur(zipMsgErreur(NumErrZip))
	FIN
	Trace(NumErrZip) // expect: 0
	Trace(zipNbFichier(MonArchive3)) // expect: 3
	zipFerme(MonArchive3)
SINON
	Erreur(zipMsgErreur(NumErrZip))
FIN

// <zipArchive>.AjouteListeFichier ?1000019159
MonArchive4 est une zipArchive
NumErrZip = MonArchive4.Crée(sRep + "\FichierArchive4.zip")
SI NumErrZip = 0 ALORS
	NumErrZip = MonArchive4.AjouteListeFichier(sRep + "\doc\Image\Maison.BMP" + RC + ...
			sRep + "\Temp\Fichier.doc", zipDisque)
	SI NumErrZip <> 0 ALORS
		Erreur(zipMsgErreur(NumErrZip))
	FIN
	Trace(NumErrZip) // expect: 0
	Trace(MonArchive4.NbFichier()) // expect: 2
	MonArchive4.Ferme()
SINON
	Erreur(zipMsgErreur(NumErrZip))
FIN

// zipExtraitTout ?3082011 : zipDisque remet les fichiers à leur place
fSupprime(sRep + "\Temp\Fichier.doc")
Archive est une zipArchive
// Ouverture d'une archive
ResOuvreArchive est un entier = zipOuvre(Archive, sRep + "\FichierArchive.zip")
ResExtraitTout est un entier
SI ResOuvreArchive = 0 ALORS
	// Extraction de tous les fichiers de l'archive
	ResExtraitTout = zipExtraitTout(Archive, zipDisque)
FIN
Trace(ResOuvreArchive) // expect: 0
Trace(ResExtraitTout) // expect: 0
Trace(fChargeTexte(sRep + "\Temp\Fichier.doc")) // expect: doc 1

// zipExtraitListeFichier ?1000017234 : les deux .doc, par leurs chemins mémorisés
sListe est une chaîne = zipListeFichier(Archive)
ResExtraitFichier est un entier = zipExtraitListeFichier(Archive, ExtraitLigne(sListe, 2) + ...
		RC + ExtraitLigne(sListe, 3), sRep + "\Sortie")
Trace(ResExtraitFichier) // expect: 0
Trace(fFichierExiste(sRep + "\Sortie\" + ExtraitLigne(sListe, 2))) // expect: 1
Trace(fFichierExiste(sRep + "\Sortie\" + ExtraitLigne(sListe, 1))) // expect: 0
zipFerme(Archive)

// <zipArchive>.ExtraitTout ?1000019085
Archive2 est une zipArchive
ResOuvreArchive = Archive2.Ouvre(sRep + "\FichierArchive4.zip")
SI ResOuvreArchive = 0 ALORS
	ResExtraitTout = Archive2.ExtraitTout(sRep + "\Sortie4")
FIN
Trace(ResOuvreArchive) // expect: 0
Trace(ResExtraitTout) // expect: 0
Trace(fChargeTexte(sRep + "\Sortie4\" + ExtraitLigne(Archive2.ListeFichier(), 1))) // expect: bmp
Archive2.Ferme()

// zipExtraitRépertoire ?1000025518 : une archive dont l'arborescence a "Temp" à sa
// racine (fichiers ajoutés par chemins relatifs avec zipRépertoire, depuis sRep)
sAncienRep est une chaîne = fRepEnCours()
fRepEnCours(sRep)
Racine est une zipArchive
zipCrée(Racine, "Racine.zip")
zipAjouteFichier(Racine, "Temp\Fichier.doc", zipRépertoire)
zipAjouteFichier(Racine, "doc\Image\Maison.BMP", zipRépertoire)
zipFerme(Racine)
Archive3 est une zipArchive
// Ouverture d'une archive
SI zipOuvre(Archive3, "Racine.zip") = 0 ALORS
	// Extraction du répertoire "Temp" à la racine de l'arborescence des fichiers de l'archive
	Trace(zipExtraitRépertoire(Archive3, "Temp", sRep + "\Rep")) // expect: 0
FIN
Trace(fChargeTexte(sRep + "\Rep\Temp\Fichier.doc")) // expect: doc 1
Trace(fRépertoireExiste(sRep + "\Rep\doc")) // expect: 0
// <zipArchive>.ExtraitRépertoire ?1000025755
Trace(Archive3.ExtraitRépertoire("Temp", sRep + "\Rep2")) // expect: 0
Trace(fChargeTexte(sRep + "\Rep2\Temp\Fichier.doc")) // expect: doc 1
Archive3.Ferme()
fRepEnCours(sAncienRep)
fRepSupprime(sRep, frRécursif)
Trace(fRépertoireExiste(sRep)) // expect: 0
