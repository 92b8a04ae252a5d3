// EncryptStandard est le second nom anglais de CrypteStandard : l'exemple de gestionnaire
// de mots de passe de PC SOFT chiffre avec `EnCryptStandard(..., cryptAES128, cryptCBC,
// cryptPaddingPKCS)` à côté de DecryptStandard (c'était une fonction inconnue) ; un code
// français peut l'écrire aussi. Une clé tirée d'un mot de passe par des HMAC répétés, comme
// dans cet exemple, puis un aller-retour (INFERRED, docs/builtins.md)
CONSTANTE
	NB_TOURS = 64
FIN
bufClé est un Buffer = TireClé("cheval correct")
Trace(Taille(bufClé)) // expect: 16
bufSecret est un Buffer = EncryptStandard(ChaîneVersUTF8("note : 42"), bufClé, crypteAES128, crypteCBC, cryptePaddingPKCS)
Trace(Taille(bufSecret)) // expect: 32
Trace(UTF8VersChaîne(DécrypteStandard(bufSecret, bufClé, crypteAES128, crypteCBC, cryptePaddingPKCS))) // expect: note : 42
Trace(UTF8VersChaîne(DécrypteStandard(CrypteStandard("abc", bufClé, crypteAES128), bufClé, crypteAES128))) // expect: abc

PROCÉDURE TireClé(sMotDePasse est une chaîne) : Buffer
buf0 est un Buffer = ChaîneVersUTF8(sMotDePasse)
bufDérivée est un Buffer = buf0
n est un entier = 1
BOUCLE(NB_TOURS)
	bufDérivée = HashChaîne(HA_HMAC_MD5_128, bufDérivée, buf0[[n]])
	n++
	SI n > Taille(buf0) ALORS n = 1
FIN
RENVOYER bufDérivée
