// (method b) Deux répertoires comparés par empreinte (HashFichier HA_SHA_256, en hexa) :
// fichiers ajoutés (+), supprimés (-) et modifiés (*), chemins relatifs, triés ; deux
// tableaux associatifs, POUR TOUT valeur, clé, ..Existe sur une clé, ComplèteRep,
// TableauVersChaîne. Passe tel qu'écrit. Jumeau anglais folders_compared_by_hash_en.wl.
sAvant est une chaîne = fRepTemp() + "\wl_cmp_avant_" + Hasard(1, 99999999)
sAprès est une chaîne = fRepTemp() + "\wl_cmp_apres_" + Hasard(1, 99999999)
fRepCrée(sAvant + "\config")
fRepCrée(sAprès + "\config")
fRepCrée(sAprès + "\docs")
fSauveTexte(sAvant + "\appli.exe", "version 1")
fSauveTexte(sAprès + "\appli.exe", "version 2")
fSauveTexte(sAvant + "\config\param.ini", "[Base]" + RC + "Port=4900")
fSauveTexte(sAprès + "\config\param.ini", "[Base]" + RC + "Port=4900")
fSauveTexte(sAvant + "\ancien.dll", "obsolète")
fSauveTexte(sAprès + "\docs\Notice.pdf", "nouveau")
fSauveTexte(sAprès + "\LisezMoi.txt", "bonjour")

taAvant est un tableau associatif de chaînes = EmpreintesDuRépertoire(sAvant)
taAprès est un tableau associatif de chaînes = EmpreintesDuRépertoire(sAprès)
tabRapport est un tableau de chaînes
POUR TOUT sEmpreinte, sRelatif DE taAprès
	SI PAS taAvant[sRelatif]..Existe ALORS
		TableauAjoute(tabRapport, "+ " + sRelatif)
	SINON SI taAvant[sRelatif] <> sEmpreinte ALORS
		TableauAjoute(tabRapport, "* " + sRelatif)
	FIN
FIN
POUR TOUT sEmpreinte, sRelatif DE taAvant
	SI PAS taAprès[sRelatif]..Existe ALORS TableauAjoute(tabRapport, "- " + sRelatif)
FIN
TableauTrie(tabRapport, ttCroissant)
Trace(TableauVersChaîne(tabRapport, RC)) // expect: * appli.exe
// expect: + LisezMoi.txt
// expect: + docs\Notice.pdf
// expect: - ancien.dll
Trace(tabRapport..Occurrence + " différence(s) sur " + taAprès..Occurrence + " fichier(s)") // expect: 4 différence(s) sur 4 fichier(s)
fRepSupprime(sAvant, frRécursif)
fRepSupprime(sAprès, frRécursif)

PROCÉDURE EmpreintesDuRépertoire(LOCAL sRacine est une chaîne)
taRésultat est un tableau associatif de chaînes
sRacine = ComplèteRep(sRacine)
POUR TOUTE CHAÎNE sFichier DE fListeFichier(sRacine + "*.*", frRécursif) SÉPARÉE PAR RC
	sRelatif est une chaîne = Remplace(Milieu(sFichier, Taille(sRacine) + 1), "/", "\")
	taRésultat[sRelatif] = BufferVersHexa(HashFichier(HA_SHA_256, sFichier), SansRegroupement, SansLigne)
FIN
RENVOYER taRésultat
