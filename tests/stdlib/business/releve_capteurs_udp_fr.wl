// Relevé des capteurs de température de l'entrepôt : chaque capteur envoie un
// datagramme UDP "CAPT-01;21,5;20261206T061500" toutes les minutes. Le poste de
// supervision écoute sur son port, accuse réception de chaque relevé (ACK au
// capteur qui l'a envoyé), rejette les trames invalides (NAK) et signale les
// chambres froides au-dessus du seuil.
CONSTANTE
	PORT_ECOUTE		= {port}
	SEUIL_ALERTE	= 8.0
	ATTENTE_MS		= 1500		// au-delà, plus de relevé attendu
	MAX_TRAMES		= 50
FIN

STMesure est une Structure
	sCapteur	est une chaîne
	rTempérature est un réel
	dhMesure	est une DateHeure
FIN

tabMesures est un tableau associatif de tableaux de STMesure	// capteur -> mesures
nRejets est un entier

SI PAS SocketCréeUDP("Capteurs", PORT_ECOUTE) ALORS
	Trace("Port " + PORT_ECOUTE + " indisponible : " + ErreurInfo(errMessage))
	RETOUR
FIN
Trace("A l'écoute")

sAdresse est une chaîne
nPort est un entier
POUR nTrame = 1 _A_ MAX_TRAMES
	sTrame est une chaîne = SocketLit("Capteurs", Faux, ATTENTE_MS, sAdresse, nPort)
	SI ErreurDétectée ALORS SORTIR		// plus rien ne vient
	stM est un STMesure
	SI PAS DécodeTrame(sTrame, stM) ALORS
		nRejets++
		SocketEcrit("Capteurs", "NAK;" + nTrame, sAdresse, nPort)
		CONTINUER
	FIN
	TableauAjoute(tabMesures[stM.sCapteur], stM)
	SocketEcrit("Capteurs", "ACK;" + stM.sCapteur + ";" + nTrame, sAdresse, nPort)
FIN
SocketFerme("Capteurs")

// Bilan par capteur, dans l'ordre des noms
tabNoms est un tableau de chaînes
POUR TOUT tabM, sCapteur DE tabMesures
	TableauAjoute(tabNoms, sCapteur)
FIN
TableauTrie(tabNoms)
POUR TOUT sCapteur DE tabNoms
	rSomme, rMax sont des réels
	rMax = -1000
	POUR TOUT stM DE tabMesures[sCapteur]
		rSomme += stM.rTempérature
		SI stM.rTempérature > rMax ALORS rMax = stM.rTempérature
	FIN
	nNb est un entier = tabMesures[sCapteur]..Occurrence
	sLigne est une chaîne = ChaîneConstruit("%1 : %2 relevé(s), moyenne %3, max %4", sCapteur, nNb, ...
		NumériqueVersChaîne(rSomme / nNb, ".1f"), NumériqueVersChaîne(rMax, ".1f"))
	SI rMax > SEUIL_ALERTE ALORS sLigne += " ALERTE"
	Trace(sLigne)
FIN
Trace(nRejets + " trame(s) rejetée(s)")

// "CAPT-01;21,5;20261206T061500" : capteur, température (virgule ou point), horodatage
PROCÉDURE DécodeTrame(LOCAL sTrame est une chaîne, stMesure est un STMesure) : booléen
SI ChaîneOccurrence(sTrame, ";") <> 2 ALORS RENVOYER Faux
sCapteur est une chaîne = SansEspace(ExtraitChaîne(sTrame, 1, ";"))
sTemp est une chaîne = Remplace(ExtraitChaîne(sTrame, 2, ";"), ",", ".")
sHorodatage est une chaîne = ExtraitChaîne(sTrame, 3, ";")
SI PAS sCapteur [= "CAPT-" OU PAS EstNumérique(sTemp) ALORS RENVOYER Faux
stMesure.sCapteur = sCapteur
stMesure.rTempérature = Val(sTemp)
stMesure.dhMesure = sHorodatage
RENVOYER Vrai
