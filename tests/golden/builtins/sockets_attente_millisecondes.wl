// Le délai de SocketAttendConnexion est en millisecondes, comme ceux de SocketLit
// (?3070014) et de SocketConnecte : il était lu en centièmes de seconde, 100 attendait 1 s
// et voyait un client arrivé après une demi-seconde. INFERRED (docs/builtins.md "Sockets").
// Le client fait une pause de 50 centièmes (ThreadPause) avant de se connecter : une
// attente de 100 ms ne peut pas le voir, quelle que soit la charge ; une de 10000 ms le voit.
nPort est un entier
POUR nEssai = 1 À 5
	nPort = 20000 + Hasard(1, 20000)
	SI SocketCrée("srv", nPort) ALORS SORTIR
	nPort = 0
FIN
ThreadExécute("tardif", threadNormal, ClientTardif, nPort)
Trace(SocketAttendConnexion("srv", 100), ErreurDétectée) // expect: 0, 0
Trace(SocketAttendConnexion("srv", 10000)) // expect: 1
Trace(SocketLit(SocketAccepte("srv"))) // expect: bonjour
ThreadAttend("tardif")
// une durée est lue comme écrite
Trace(SocketAttendConnexion("srv", 50 ms)) // expect: 0
SocketFerme("srv")

PROCÉDURE ClientTardif(nPortServeur est un entier)
ThreadPause(50)
SI SocketConnecte("cli", nPortServeur) ALORS
	SocketEcrit("cli", "bonjour")
	SocketFerme("cli")
FIN
