// Page d'aide `<FichierDisque>.Crée` (?1410090211, son exemple français tel qu'écrit),
// le fichier dans un dossier temporaire à la place de C:\MesRépertoires ; puis sa
// syntaxe : un fichier existant est détruit et recréé, et l'option foSuppressionAutomatique
// (nom français INFERRED) supprime le fichier à sa fermeture.
sRep est une chaîne = fRepTemp() + fSep() + "wl_helppage_fdcree_" + Hasard(1, 999999999)
fRepCrée(sRep)
fSauveTexte(sRep + fSep() + "Fichier.txt", "ancien contenu")
// Création du fichier externe
ResOuverture est un booléen
MonFichierExterne est un FichierDisque
ResOuverture = MonFichierExterne.Crée(sRep + fSep() + "Fichier.txt")
SI PAS ErreurDétectée ALORS
	Trace(ResOuverture) // expect: 1
FIN
MonFichierExterne.Ferme()
Trace(fTaille(sRep + fSep() + "Fichier.txt")) // expect: 0
FichierTemp est un FichierDisque
Trace(FichierTemp.Crée(sRep + fSep() + "Travail.tmp", foSuppressionAutomatique)) // expect: 1
Trace(fFichierExiste(sRep + fSep() + "Travail.tmp")) // expect: 1
FichierTemp.Ferme()
Trace(fFichierExiste(sRep + fSep() + "Travail.tmp")) // expect: 0
nId est un entier = fCree(sRep + fSep() + "Autre.tmp", foSuppressionAutomatique)
fFerme(nId)
Trace(fFichierExiste(sRep + fSep() + "Autre.tmp")) // expect: 0
fRepSupprime(sRep, frRécursif)
