// (method b) Taille d'une arborescence par sous-répertoire de premier niveau, triée de la
// plus grosse à la plus petite, avec le total : fListeRépertoire non récursif, fListeFichier
// récursif de chacun, une structure avec un entier sur 8 octets, TableauTrie par membres
// ("-nOctets;sNom"), fRepTaille pour contrôle. Passe tel qu'écrit. Jumeau anglais
// folder_tree_usage_en.wl (procédure de rappel et tableau associatif).
sRacine est une chaîne = fRepTemp() + "\wl_occupation_" + Hasard(1, 99999999)
fRepCrée(sRacine + "\Clients\2024")
fRepCrée(sRacine + "\Clients\2025")
fRepCrée(sRacine + "\Factures")
fRepCrée(sRacine + "\Vide")
fSauveTexte(sRacine + "\Clients\2024\a.txt", Répète("x", 1500))
fSauveTexte(sRacine + "\Clients\2025\b.txt", Répète("y", 700))
fSauveTexte(sRacine + "\Factures\F001.pdf", Répète("z", 4000))
fSauveTexte(sRacine + "\Factures\F002.pdf", Répète("z", 1200))
fSauveTexte(sRacine + "\lisezmoi.txt", "bonjour")

STRUCTURE STOccupation
	sNom est une chaîne
	nOctets est un entier sur 8 octets
	nFichiers est un entier
FIN
tabOcc est un tableau de STOccupation
sListe est une chaîne = fListeRépertoire(sRacine + "\*.*", frNonRécursif)
POUR TOUTE CHAÎNE sSousRep DE sListe SÉPARÉE PAR RC
	stO est un STOccupation
	stO.sNom = fExtraitChemin(sSousRep, fFichier + fExtension)
	POUR TOUTE CHAÎNE sFic DE fListeFichier(sSousRep + "\*.*", frRécursif) SÉPARÉE PAR RC
		stO.nOctets += fTaille(sFic)
		stO.nFichiers++
	FIN
	TableauAjoute(tabOcc, stO)
FIN
TableauTrie(tabOcc, ttMembre, "-nOctets;sNom")
nTotal est un entier sur 8 octets
POUR TOUT stLigne DE tabOcc
	Trace(Complète(stLigne.sNom, 10) + NumériqueVersChaîne(stLigne.nOctets, "8d") + " octets  " + stLigne.nFichiers + " fichier(s)") // expect: Factures      5200 octets  2 fichier(s)
// expect: Clients       2200 octets  2 fichier(s)
// expect: Vide             0 octets  0 fichier(s)
	nTotal += stLigne.nOctets
FIN
nTotal += fTaille(sRacine + "\lisezmoi.txt")
Trace("Total : " + nTotal + " octets, dossier : " + fRepTaille(sRacine)) // expect: Total : 7407 octets, dossier : 7407
fRepSupprime(sRacine, frRécursif)
