// Suivi de colis : client HTTP à l'ancienne (HTTPRequête, HTTPDonneRésultat et son
// en-tête brut dont la première ligne porte le code), un transporteur simulé (socket dans
// un thread, corps JSON envoyé en UTF-8 par ChaîneVersUTF8), erreurs en tous genres :
// QUAND EXCEPTION DANS, CAS EXCEPTION avec ExceptionPropage, CAS ERREUR avec ErreurPropage.
gsJournal est une chaîne
nPort est un entier
POUR nEssai = 1 A 5
	nPort = 20000 + Hasard(1, 20000)
	SI SocketCrée("COLIS", nPort) ALORS SORTIR
	nPort = 0
FIN
SI nPort = 0 ALORS
	Trace("pas de port libre")
	RETOUR
FIN
ThreadExécute("Transporteur", threadNormal, Transporteur, 3)
sRacine est une chaîne = "http://127.0.0.1:" + nPort + "/colis/"

tabColis est un tableau de chaînes = ["6A123", "6A999", "6A456"]
POUR TOUT sNumero DE tabColis
	QUAND EXCEPTION DANS
		Trace(sNumero + " : " + EtatColis(sRacine + sNumero))
	FAIRE
		Trace(sNumero + " : exception " + ExceptionInfo(errCode) + " (" + ExceptionInfo(errMessage) + ")")
	FIN
FIN
// expect: 6A123 : en cours de livraison, livraison le vendredi 04/12
// expect: 6A999 : exception 404 (colis inconnu)
// expect: 6A456 : livré
ThreadAttend("Transporteur")
SocketFerme("COLIS")
Trace(gsJournal) // expect: /colis/6A123 /colis/6A999[exception dans EtatColis : 404] /colis/6A456

// une procédure qui propage l'erreur non fatale de son appel
SI PAS EtatOuVide(sRacine + "6A000") ALORS Trace("propagée : " + (Position(ErreurInfo(errMessage), "6A000 failed") > 0)) // expect: propagée : 1

PROCÉDURE EtatColis(sURL est une chaîne) : chaîne
SI PAS HTTPRequête(sURL) ALORS
	ExceptionDéclenche(10, "transporteur injoignable")
FIN
sCode est une chaîne = ExtraitChaîne(HTTPDonneRésultat(httpEntête), 2, " ")
SI sCode <> "200" ALORS ExceptionDéclenche(Val(sCode), "colis inconnu")
jRep est un JSON = HTTPDonneRésultat()
sTexte est une chaîne = jRep.statut
SI jRep.livraison <> "" ALORS
	dLivraison est une Date = jRep.livraison
	sTexte += ", livraison le " + DateVersChaîne(dLivraison, "JJJJ JJ/MM")
FIN
RENVOYER sTexte
CAS EXCEPTION:
	gsJournal += "[exception dans EtatColis : " + ExceptionInfo(errCode) + "]"
	ExceptionPropage()

PROCEDURE EtatOuVide(sURL)
renvoyer HTTPRequete(sURL)
cas erreur:
	ErreurPropage()
	renvoyer Faux

PROCÉDURE Transporteur(nFois est un entier)
BOUCLE (nFois)
	SI PAS SocketAttendConnexion("COLIS", 10000) ALORS SORTIR
	sClient est une chaîne = SocketAccepte("COLIS")
	SocketChangeModeTransmission(sClient, SocketSansMarqueurFin)
	sChemin est une chaîne = ExtraitChaîne(ExtraitChaîne(SocketLit(sClient), 1, RC), 2, " ")
	gsJournal += [" "] + sChemin		// noté avant de répondre : le client écrit après
	sCorps est une chaîne
	selon ExtraitChaîne(sChemin, 3, "/")
		cas "6A123" : sCorps = "{""statut"":""en cours de livraison"",""livraison"":""20261204""}"
		cas "6A456" : sCorps = "{""statut"":""livré"",""livraison"":""""}"
	fin
	sEntete est une chaîne = (sCorps = "" ? "HTTP/1.1 404 Not Found" SINON "HTTP/1.1 200 OK")
	SocketÉcrit(sClient, sEntete + RC + "Content-Type: application/json; charset=utf-8" + RC + ...
		"Content-Length: " + Taille(ChaîneVersUTF8(sCorps)) + RC + RC + ChaîneVersUTF8(sCorps))
	SocketFerme(sClient)
FIN
