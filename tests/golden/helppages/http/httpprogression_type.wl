// Page d'aide httpProgress (Type de variable) ?1000021222, en français (la page française
// n'est pas dans la copie stockée : les noms httpProgression, Fréquence, Jauge,
// ProgressionTéléchargement et ProgressionEnvoi sont INFERRED ; Procédure est l'écriture
// de l'exemple anglais lui-même). Sur la boucle locale, un petit serveur web à nous au
// lieu de www.windev.com, les fenêtres Info/Erreur en Trace.
nPort est un entier
BOUCLE (20)  // un port libre, sous ceux du système (32768 et plus)
	nPort = 20000 + Hasard(1, 12000)
	SI SocketCrée("Web", nPort) ALORS SORTIR
FIN
ThreadExécute("ServeurWeb", threadNormal, RépondRequêtes, 2)

cMaRequête est une httpRequête
cMaRequête.URL = "http://127.0.0.1:" + nPort + "/catalogue"
cMaRequête.ProgressionTéléchargement.Procédure = MaProcédure
cMaRequête.ProgressionTéléchargement.Fréquence = 1000
cMaRéponse est une httpRéponse = HTTPEnvoie(cMaRequête)   // expect: MaProcédure 3000 sur 3000
SI ErreurDétectée ALORS
	Trace(ErreurInfo(errComplet))
SINON
	Trace(Taille(cMaRéponse.Contenu))   // expect: 3000
FIN

pEnvoi est une httpProgression
pEnvoi.Procédure = "Envoyé"
rq est une httpRequête
rq.URL = "http://127.0.0.1:" + nPort + "/depot"
rq.Méthode = httpPost
rq.Contenu = "0123456789"
rq.ProgressionEnvoi = pEnvoi
Trace(HTTPEnvoie(rq).CodeEtat)   // expect: Envoyé 10 sur 10
// expect: 200
ThreadAttend("ServeurWeb")
SocketFerme("Web")

rq.ProgressionEnvoi.Procédure = ""
rq.ProgressionEnvoi.Jauge = "JAUGE_Envoi"
QUAND EXCEPTION DANS
	HTTPEnvoie(rq)
FAIRE
	Trace(ExceptionInfo())   // expect: HTTPEnvoie: the request's progress names the Progress Bar control 'JAUGE_Envoi': controls are not available outside the IDE; give a Procedure instead.
FIN

PROCÉDURE MaProcédure(nTotal, nProgression)
Trace("MaProcédure " + nProgression + " sur " + nTotal)

PROCÉDURE Envoyé(nTotal, nProgression)
Trace("Envoyé " + nProgression + " sur " + nTotal)

PROCÉDURE RépondRequêtes(nNombre est un entier)
BOUCLE (nNombre)
	SocketAttendConnexion("Web")
	sClient est une chaîne = SocketAccepte("Web")
	SocketChangeModeTransmission(sClient, SocketSansMarqueurFin)
	SocketLit(sClient)
	SocketEcrit(sClient, "HTTP/1.0 200 OK" + RC + "Content-Type: text/plain" + RC + ...
		"Content-Length: 3000" + RC + RC + Répète("x", 3000))
	SocketFerme(sClient)
FIN
