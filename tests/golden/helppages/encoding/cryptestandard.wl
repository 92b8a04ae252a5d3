// Pages d'aide "CrypteStandard" (doc.pcsoft.fr ?1000021293) et "DécrypteStandard"
// (?1000021294) : leur exemple AES tel qu'il est écrit ; Info affiche le message décrypté.
// Cryptage d'une chaîne de caractères en utilisant l'algorithme AES
bufMessage est un Buffer = "Message à crypter"
bufClé est un Buffer = HashChaîne(HA_MD5_128, "mot de passe")
bufCrypte est un Buffer = CrypteStandard(bufMessage, bufClé, crypteAES128)
// Décryptage en WLangage
bufRésultat est un Buffer = DécrypteStandard(bufCrypte, bufClé, crypteAES128)
Info(bufRésultat)                               // expect: Message à crypter
// La variante de DécrypteStandard : le mot de passe dans une chaîne ANSI
sMessage est un Buffer = "Message à crypter"
sMotPasse est une chaîne ANSI = "mot de passe"
bufClé2 est un Buffer = HashChaîne(HA_MD5_128, sMotPasse)
bufCrypte2 est un Buffer = CrypteStandard(sMessage, bufClé2, crypteAES128)
bufRésultat2 est un Buffer = DécrypteStandard(bufCrypte2, bufClé2, crypteAES128)
Info(bufRésultat2)                              // expect: Message à crypter
// Le message crypté commence par le vecteur d'initialisation (16 octets pour AES)
Trace(Taille(bufCrypte2) > 16)                  // expect: 1
