// Un dossier de commandes entrantes traité comme un développeur WINDEV l'écrit : chaque
// commande XML ouverte (XMLOuvre depuisFichier, ErreurDétectée pour un fichier abîmé),
// son montant contrôlé par EstNumérique sur le nœud, le fichier déplacé dans Traitees ou
// Rejetees (fDéplaceFichier), un récapitulatif fait par TableauAjouteLigne et sauvé par
// TableauVersCSV. EstNumérique(xDoc.Commande.Montant) était Faux quel que soit le nœud
// (toutes les commandes rejetées) : un nœud est jugé sur son texte. Jumeau anglais :
// incoming_orders_en.wl.
sRacine est une chaîne = fRepTemp() + "\wl_golden_entrees_" + Hasard(1, 99999999)
sEntrée est une chaîne = sRacine + "\Entree"
fRepCrée(sEntrée)
fRepCrée(sRacine + "\Traitees")
fRepCrée(sRacine + "\Rejetees")
fSauveTexte(sEntrée + "\commande_001.xml", "<Commande id=""001""><Client>Dupré</Client><Montant>150.00</Montant></Commande>")
fSauveTexte(sEntrée + "\commande_002.xml", "<Commande id=""002""><Client>Martin</Client><Montant>abc</Montant></Commande>")
fSauveTexte(sEntrée + "\commande_003.xml", "<Commande id=""003""><Client>Léa</Client><Montant>99.90")
fSauveTexte(sEntrée + "\lisezmoi.txt", "pas une commande")

tabRécap est un tableau de 0 par 3 chaînes
tabFichiers est un tableau de chaînes
ChaîneVersTableau(fListeFichier(sEntrée + "\*.xml"), tabFichiers, RC)
TableauTrie(tabFichiers)
POUR TOUT sFichier DE tabFichiers
	sNom est une chaîne = fExtraitChemin(sFichier, fFichier + fExtension)
	sEtat est une chaîne = "OK"
	QUAND EXCEPTION DANS
		xDoc est un xmlDocument = XMLOuvre(sFichier, depuisFichier)
		SI ErreurDétectée ALORS
			sEtat = "illisible : " + Gauche(ErreurInfo(errMessage), 20)
		SINON SI PAS EstNumérique(xDoc.Commande.Montant) ALORS
			sEtat = "montant invalide"
		FIN
	FAIRE
		sEtat = "illisible"
	FIN
	sDossier est une chaîne = (sEtat = "OK" ? "Traitees" SINON "Rejetees")
	fDéplaceFichier(sFichier, sRacine + "\" + sDossier + "\" + sNom)
	TableauAjouteLigne(tabRécap, sNom, sEtat, fTaille(sRacine + "\" + sDossier + "\" + sNom))
FIN
sCSV est une chaîne = TableauVersCSV(tabRécap)
fSauveTexte(sRacine + "\recap.csv", sCSV)
Trace(sCSV)
Trace(fListeFichier(sRacine + "\Traitees\*.*") <> "", ChaîneOccurrence(fListeFichier(sRacine + "\Rejetees\*.*"), RC) + 1)
Trace(fFichierExiste(sEntrée + "\lisezmoi.txt"))
fRepSupprime(sRacine, frRécursif)

// ce qu'il affiche
// expect: commande_001.xml;OK;78
// expect: commande_002.xml;montant invalide;75
// expect: commande_003.xml;illisible : XMLOuvre: invalid XM;54
// expect: 1, 2
// expect: 1
