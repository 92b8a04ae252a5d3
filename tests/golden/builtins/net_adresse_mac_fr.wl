// NetAdresseMAC([carte]) : l'adresse MAC d'une carte réseau, six octets en hexadécimal
// majuscule séparés par des deux-points (INFERRED : docs/builtins.md "NetMACAddress") ;
// "" sans carte ayant une adresse. Une carte après la dernière : "" et une erreur non fatale.
sMAC est une chaîne = NetAdresseMAC()
Trace(sMAC = "" OU VérifieExpressionRégulière(sMAC, "([0-9A-F]{2}:){5}[0-9A-F]{2}")) // expect: 1
Trace(NetAdresseMAC(0) = sMAC) // expect: 1
Trace(NetAdresseMAC(250), ErreurDétectée) // expect: , 1
Trace(Gauche(ErreurInfo(errMessage), 49)) // expect: NetAdresseMAC: there is no network card 250 (this
// NetListeAdresseIP, NetIPVersMAC, NetMACVersIP : l'adresse par laquelle NetAdresseIP()
// joint le réseau est listée, et sa carte est celle de NetAdresseMAC().
sIP est une chaîne = NetAdresseIP()
Trace(sIP = "127.0.0.1" OU Position(NetListeAdresseIP(1), sIP) > 0) // expect: 1
Trace(sIP = "127.0.0.1" OU NetIPVersMAC(sIP) = NetAdresseMAC()) // expect: 1
Trace(sIP = "127.0.0.1" OU NetMACVersIP(Minuscule(NetAdresseMAC())) = sIP) // expect: 1
Trace(NetIPVersMAC("::1"), ErreurDétectée) // expect: , 1
Trace(ErreurInfo(errMessage)) // expect: NetIPVersMAC: '::1' is not an IPv4 address (aa.bb.cc.dd).
Trace(NetMACVersIP("12:34"), ErreurDétectée) // expect: , 1
// un signe n'est pas un chiffre hexadécimal : "+1:+2:+3:+4:+5:+6" n'est pas une adresse MAC
Trace(NetMACVersIP("+1:+2:+3:+4:+5:+6"), ErreurDétectée) // expect: , 1
Trace(ErreurInfo(errMessage)) // expect: NetMACVersIP: '+1:+2:+3:+4:+5:+6' is not a MAC address (aa:bb:cc:dd:ee:ff).
// NetAdresseIP(n) de tout nombre (un réel, un monétaire, un texte de chiffres) est la
// n-ième adresse de cette machine comme celle d'un entier (un réel 0 donnait 0.0.0.0)
r est un réel = 0
m est un monétaire = 0
Trace(NetAdresseIP(r) = NetAdresseIP(0), NetAdresseIP(m) = NetAdresseIP(0)) // expect: 1, 1
Trace(NetAdresseIP("0") = NetAdresseIP(0)) // expect: 1
Trace(NetAdresseIP("99"), ErreurDétectée) // expect: , 1
