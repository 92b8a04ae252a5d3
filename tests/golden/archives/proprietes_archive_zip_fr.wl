// les propriétés d'une zipArchive à côté de ..Occurrence : ..Taille (zipTaille), ..Chemin
// (le fichier sur lequel elle a été ouverte ou créée), ..NiveauCompression
// (zipNiveauCompression, lue et affectée), ..MotDePasse (zipMotDePasse, affectée
// seulement : jamais relue). Avant l'ouverture : -1, "" et -1. Une valeur que la fonction
// refuse arrête l'exécution avec la phrase de zipMsgErreur. *Décidé* (la page du type
// n'est pas stockée) : docs/builtins.md "zipArchive properties".
sDossier est une chaîne = CompleteRep(fRepTemp()) + "wl_golden_zipproprietes_" + Hasard(1, 999999999)
fRepCrée(sDossier)
fSauveTexte(fConstruitChemin(sDossier, "a", "txt"), Répète("alpha ", 500))
MonArchive est une zipArchive
Trace(MonArchive..Taille, "[" + MonArchive..Chemin + "]", MonArchive..NiveauCompression) // expect: -1, [], -1
Trace(MonArchive.Crée(fConstruitChemin(sDossier, "proprietes", "zip"))) // expect: 0
Trace(MonArchive..Chemin = fConstruitChemin(sDossier, "proprietes", "zip"), MonArchive..NiveauCompression) // expect: 1, 6
MonArchive..NiveauCompression = 0
MonArchive..MotDePasse = "s3cret"
MonArchive.AjouteFichier(fConstruitChemin(sDossier, "a", "txt"))
// stocké (niveau 0) et chiffré (8e champ de zipInfoFichier : 1) ; .Taille() est zipTaille
// (elle donnait Taille, la longueur du chemin de l'archive)
Trace(MonArchive..NiveauCompression, MonArchive..Taille = MonArchive.Taille(), MonArchive..Taille > 3000) // expect: 0, 1, 1
Trace(ExtraitChaîne(MonArchive.InfoFichier(1), 8, TAB)) // expect: 1
QUAND EXCEPTION DANS
	MonArchive..NiveauCompression = 12
FAIRE
	Trace(ExceptionInfo()) // expect: A zipArchive's NiveauCompression cannot be given this value: Invalid compression level.
FIN
QUAND EXCEPTION DANS
	Trace(MonArchive..MotDePasse)
FAIRE
	Trace(ExceptionInfo()) // expect: A zipArchive's MotDePasse is given a value, never read: a password is not read back (zipPassword sets it too).
FIN
MonArchive.Ferme()
fRepSupprime(sDossier, frRécursif)
