// NetAdresseIP, SocketRefuse et ThreadMode (stdlib/sockets_more.py ; pas de page
// stockée : INFERRED) ; la connexion refusée est testée dans tests/core/test_sockets_more.py
Trace(NetAdresseIP("127.0.0.1")) // expect: 127.0.0.1
Trace(NETADRESSEIP("localhost")) // expect: 127.0.0.1
Trace(Taille(NetAdresseIP()) >= 7, ErreurDétectée) // expect: 1, 0
SI NetAdresseIP("serveur inconnu") ~= "" ALORS Trace("inconnu", ErreurDétectée) // expect: inconnu, 1
Trace(SocketRefuse("personne"), ErreurDétectée) // expect: 0, 1
Trace(SocketCrée("srv", 0)) // expect: 1
Trace(SocketRefuse("srv"), ErreurDétectée) // expect: 0, 1
SocketFerme("srv")
Trace(ThreadMode(threadSectionCritique) = threadSectionCritique) // expect: 1
Trace(ThreadMode(threadPréemptif) = threadSectionCritique) // expect: 1
Trace(ThreadMode(threadPreemptif) = threadPréemptif) // expect: 1
