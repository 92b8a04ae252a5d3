// Impression d'étiquettes sur l'imprimante Zebra de l'entrepôt (ZPL sur le port 9100) :
// connexion avec délai, envoi, lecture du statut (~HS), chaque échec dit à l'utilisateur
CONSTANTE
	IMPRIMANTE = "127.0.0.1"
	DELAI_MS = 2000
FIN
gnPort est un entier = {port}

Trace(ImprimerEtiquette("REF-0042", "Cable electrique 2,5 mm", 3))
Trace(ImprimerEtiquette("REF-0043", "Gaine ICTA 20"))
gnPort = {ferme}
Trace(ImprimerEtiquette("REF-0044", "Boîte de dérivation"))

PROCÉDURE ImprimerEtiquette(LOCAL sRéférence est une chaîne, LOCAL sLibellé est une chaîne, LOCAL nQuantité est un entier = 1) : chaîne
	SI PAS SocketConnecte("Zebra", gnPort, IMPRIMANTE, DELAI_MS) ALORS
		RENVOYER "Imprimante injoignable : " + ErreurInfo(errMessage)
	FIN
	SocketChangeModeTransmission("Zebra", SocketSansMarqueurFin)
	sZPL est une chaîne = "^XA^FO50,50^A0N,40,40^FD" + sLibellé + "^FS" + ...
		"^FO50,120^BCN,80^FD" + sRéférence + "^FS^PQ" + nQuantité + "^XZ"
	SI PAS SocketEcrit("Zebra", sZPL + "~HS") ALORS
		sErreur est une chaîne = ErreurInfo(errMessage)
		SocketFerme("Zebra")
		RENVOYER "Envoi impossible : " + sErreur
	FIN
	sStatut est une chaîne = SocketLit("Zebra", Faux, DELAI_MS)
	SI ErreurDétectée OU sStatut = "" ALORS
		SocketFerme("Zebra")
		RENVOYER "Pas de statut : " + ErreurInfo(errMessage)
	FIN
	SocketFerme("Zebra")
	// 2e champ du statut : 1 = papier épuisé
	SI ExtraitChaîne(ExtraitChaîne(sStatut, 1, RC), 2, ",") = "1" ALORS RENVOYER "Papier épuisé"
	RENVOYER ChaîneConstruit("%1 étiquette(s) %2 imprimée(s)", nQuantité, sRéférence)
