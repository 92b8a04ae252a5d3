// Serveur des douchettes de l'entrepôt : chaque douchette se connecte en TCP et envoie
// une ligne par lecture, « ENTREE;<EAN13>;<quantité> » ou « SORTIE;<EAN13>;<quantité> »,
// terminée par CR LF ; le serveur vérifie la clé de l'EAN, met le stock à jour et répond
// « OK;<stock> » ou « ERR;<raison> ». « FIN » termine la session de la douchette.
CONSTANTE
	NB_DOUCHETTES = 2
	ATTENTE_MS = 5000
FIN

gtaStock est un tableau associatif d'entiers
gtaStock["3017620422003"] = 12
gtaStock["5449000000996"] = 3

SI PAS SocketCrée("Douchettes", {port}) ALORS
	Trace("Impossible d'ouvrir le port : " + ErreurInfo(errMessage))
	RETOUR
FIN
POUR nDouchette = 1 _À_ NB_DOUCHETTES
	SI PAS SocketAttendConnexion("Douchettes", ATTENTE_MS) ALORS
		Trace("Aucune douchette connectée")
		SORTIR
	FIN
	sCanal est une chaîne = SocketAccepte("Douchettes")
	SocketChangeModeTransmission(sCanal, SocketMarqueurFin, RC)
	nLignes est un entier = TraiteDouchette(sCanal)
	SocketFerme(sCanal)
	Trace(ChaîneConstruit("douchette %1 : %2 ligne(s)", nDouchette, nLignes))
FIN
SocketFerme("Douchettes")
POUR TOUT nQte, sEAN DE gtaStock
	Trace(sEAN + " = " + nQte)
FIN

// La clé de contrôle d'un EAN-13 (pondération 1, 3, 1, 3...)
PROCÉDURE EANValide(sEAN est une chaîne) : booléen
SI Taille(sEAN) <> 13 OU PAS EstNumérique(sEAN) ALORS RENVOYER Faux
nSomme est un entier
POUR i = 1 _À_ 12
	nSomme += Val(sEAN[[i]]) * (i modulo 2 = 0 ? 3 SINON 1)
FIN
RENVOYER (10 - nSomme modulo 10) modulo 10 = Val(sEAN[[13]])

PROCÉDURE TraiteDouchette(sCanal est une chaîne) : entier
nNb est un entier
BOUCLE
	sLigne est une chaîne = SocketLit(sCanal, Faux, ATTENTE_MS)
	SI ErreurDétectée ALORS SORTIR   // déconnectée ou muette
	SI sLigne = "FIN" ALORS
		SocketEcrit(sCanal, "BYE")
		SORTIR
	FIN
	nNb++
	sSens, sEAN, sQte sont des chaînes
	sSens = ExtraitChaîne(sLigne, 1, ";")
	sEAN = ExtraitChaîne(sLigne, 2, ";")
	sQte = ExtraitChaîne(sLigne, 3, ";")
	SI PAS EANValide(sEAN) ALORS
		SocketEcrit(sCanal, "ERR;EAN invalide")
		CONTINUER
	FIN
	SI PAS EstNumérique(sQte) OU Val(sQte) <= 0 ALORS
		SocketEcrit(sCanal, "ERR;quantité invalide")
		CONTINUER
	FIN
	SELON Majuscule(sSens)
		CAS "ENTREE", "ENTRÉE"
			gtaStock[sEAN] += Val(sQte)
		CAS "SORTIE"
			SI gtaStock[sEAN] < Val(sQte) ALORS
				SocketEcrit(sCanal, "ERR;stock insuffisant (" + gtaStock[sEAN] + ")")
				CONTINUER
			FIN
			gtaStock[sEAN] -= Val(sQte)
		AUTRE CAS
			SocketEcrit(sCanal, "ERR;sens inconnu")
			CONTINUER
	FIN
	SocketEcrit(sCanal, "OK;" + gtaStock[sEAN])
FIN
RENVOYER nNb
