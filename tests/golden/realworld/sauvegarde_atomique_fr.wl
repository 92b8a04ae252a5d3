// (method b) Sauvegarde « atomique » : un fichier temporaire écrit dans le même dossier,
// relu pour contrôle, l'ancien renommé en .bak puis le temporaire renommé à sa place
// (fRenomme refuse une destination existante). Une ligne invalide : rien n'est remplacé.
// Passe tel qu'écrit. Jumeau anglais atomic_save_rename_en.wl.
gsRep est une chaîne = fRepTemp() + "\wl_sauve_" + Hasard(1, 99999999)
fRepCrée(gsRep)
gsTarifs est une chaîne = gsRep + "\tarifs.csv"
fSauveTexte(gsTarifs, "REF;PRIX" + RC + "A01;10,50" + RC)

tabLignes est un tableau de chaînes = ["REF;PRIX", "A01;11,00", "B07;4,20", "C12;149,90"]
SI SauveAtomique(gsTarifs, tabLignes) ALORS
	Trace("Sauvé : " + fTaille(gsTarifs) + " octets, sauvegarde .bak : " + fTaille(gsTarifs + ".bak") + " octets") // expect: Sauvé : 43 octets, sauvegarde .bak : 21 octets
FIN
Trace(Remplace(fChargeTexte(gsTarifs), RC, "|")) // expect: REF;PRIX|A01;11,00|B07;4,20|C12;149,90|
// une ligne invalide : rien n'est remplacé
AJOUTE(tabLignes, "D99;prix?")
SI PAS SauveAtomique(gsTarifs, tabLignes) ALORS Trace("Refusé, le fichier reste : " + fTaille(gsTarifs) + " octets") // expect: ligne invalide : D99;prix?
// expect: Refusé, le fichier reste : 43 octets
Trace("Temporaires restants : [" + fListeFichier(gsRep + "\*.tmp", frNonRécursif) + "]") // expect: Temporaires restants : []
fRepSupprime(gsRep, frRécursif)

PROCÉDURE SauveAtomique(sFichier est une chaîne, LOCAL tabContenu est un tableau de chaînes) : booléen
sTemp est une chaîne = fExtraitChemin(sFichier, fDisque + fRépertoire) + fExtraitChemin(sFichier, fFichier) + "_" + DonneIdentifiant() + ".tmp"
sTexte est une chaîne
POUR TOUT sLigne DE tabContenu
	SI sLigne <> tabContenu[1] _ET_ Val(Remplace(ExtraitChaîne(sLigne, 2, ";"), ",", ".")) = 0 ALORS
		Trace("ligne invalide : " + sLigne)
		RENVOYER Faux
	FIN
	sTexte += sLigne + RC
FIN
SI PAS fSauveTexte(sTemp, sTexte) ALORS RENVOYER Faux
// contrôle : relu identique
SI fChargeTexte(sTemp) <> sTexte ALORS
	fSupprime(sTemp)
	RENVOYER Faux
FIN
SI fFichierExiste(sFichier + ".bak") ALORS fSupprime(sFichier + ".bak")
SI fFichierExiste(sFichier) _ET_ PAS fRenomme(sFichier, sFichier + ".bak") ALORS
	Trace("renommage impossible : " + ErreurInfo(errMessage))
	fSupprime(sTemp)
	RENVOYER Faux
FIN
RENVOYER fRenomme(sTemp, sFichier)
