// NetAdresseMAC([carte]) : l'adresse MAC d'une carte réseau, six octets en hexadécimal
// majuscule séparés par des deux-points (INFERRED : docs/builtins.md "NetMACAddress") ;
// "" sans carte ayant une adresse. Une carte après la dernière : "" et une erreur non fatale.
sMAC est une chaîne = NetAdresseMAC()
Trace(sMAC = "" OU VérifieExpressionRégulière(sMAC, "([0-9A-F]{2}:){5}[0-9A-F]{2}")) // expect: 1
Trace(NetAdresseMAC(0) = sMAC) // expect: 1
Trace(NetAdresseMAC(250), ErreurDétectée) // expect: , 1
Trace(Gauche(ErreurInfo(errMessage), 49)) // expect: NetAdresseMAC: there is no network card 250 (this
