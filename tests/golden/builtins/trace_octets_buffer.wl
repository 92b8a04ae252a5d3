// Les octets d'un buffer (résultat de HashChaîne, buffer contenant NUL ou ESC) sont
// montrés par Trace et Info avec chaque caractère de contrôle en \xNN (decided,
// docs/builtins.md "Console") ; un texte sans tel octet est écrit tel quel.
Trace(HashChaîne(HA_MD5_128, "abc")) // expect: \x90\x01P\x98<ÒO°Ö\x96?}(á\x7fr
b est un Buffer = HexaVersBuffer("41000A1B5B324A")
Trace(b, Taille(b)) // expect: A\x00\x0a\x1b[2J, 7
Info("octets :", b)
// expect: octets :
// expect: A\x00\x0a\x1b[2J
Trace("ligne 1" + RC + "ligne 2", "été") // expect: ligne 1
// expect: ligne 2, été
