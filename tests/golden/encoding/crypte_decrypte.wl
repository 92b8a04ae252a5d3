// Crypte/Décrypte (format propre à wlinterp, documenté : l'algorithme de WINDEV n'est pas publié),
// CryptStandard/DecryptStandard (AES; result = initialisation vector + data, as the help
// page of DecryptStandard, doc.windev.com ?1000021294, describes).
s est une chaîne = Crypte("Invoice 2024-117", "secret")
Trace(s <> "Invoice 2024-117", Décrypte(s, "secret")) // expect: 1, Invoice 2024-117
Trace(Crypte("a", "k") <> Crypte("a", "k")) // expect: 1
Trace(Décrypte(s, "wrong"), ErreurDétectée) // expect: , 1
Trace(ErreurInfo()) // expect: Décrypte: wrong password, or the encrypted data was altered.
u est une chaîne = "Noël 日本"
Trace(Décrypte(Crypte(u, "k", crypteSécurisé, encodeBASE64), "k", crypteSécurisé, encodeBASE64) = u) // expect: 1
b est un Buffer = Crypte("abc", "k", crypteRapide, encodeAucun)
Trace(Décrypte(b, "k", crypteRapide, encodeAucun)) // expect: abc
Trace(Décrypte(Crypte("l1" + CR + "l2", "p", crypteSécurisé, encodeUUEncode), "p", crypteSécurisé, encodeUUEncode)) // expect: l1
// expect: l2
Trace(Crypte("abc", "k", crypteAucun, encodeBASE64)) // expect: YWJj
Trace(Décrypte("YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo0NTY3ODkwMTIzNDU2Nzg5", "k"), ErreurDétectée) // expect: , 1
Trace(ErreurInfo()) // expect: Décrypte: this data was not encrypted by wlinterp's Crypt (WINDEV's own Crypt format is not documented, so it cannot be decrypted here).
key est un Buffer = HashChaîne(HA_MD5_128, "mot de passe")
c est un Buffer = CrypteStandard("Message to encrypt", key, crypteAES128)
Trace(Taille(c), DécrypteStandard(c, key, crypteAES128)) // expect: 48, Message to encrypt
// FIPS-197 appendix C.1 test vector (AES-128, one block, no padding needed)
v est un Buffer = CrypteStandard(HexaVersBuffer("00112233445566778899AABBCCDDEEFF"), HexaVersBuffer("000102030405060708090A0B0C0D0E0F"), crypteAES128, crypteECB, crypteRemplissageZéro)
Trace(Encode(v, encodeHexa)) // expect: 69C4E0D86A7B0430D8CDB78070B4C55A
// FIPS-197 annexe C.2 (AES-192), puis un aller-retour AES-192 en mode CBC nommé
v192 est un Buffer = CrypteStandard(HexaVersBuffer("00112233445566778899AABBCCDDEEFF"), HexaVersBuffer("000102030405060708090A0B0C0D0E0F1011121314151617"), crypteAES192, crypteECB, cryptePaddingZéro)
Trace(Encode(v192, encodeHexa)) // expect: DDA97CA4864CDFE06EAF70A0EC0D7191
k192 est un Buffer = HashChaîne(HA_SHA_256, "pw")[[1 À 24]]
c192 est un Buffer = CrypteStandard("Message à crypter", k192, crypteAES192, crypteCBC, cryptePaddingPKCS)
Trace(Taille(c192), DécrypteStandard(c192, k192, crypteAES192, crypteCBC, cryptePaddingPKCS)) // expect: 48, Message à crypter
k256 est un Buffer = HashChaîne(HA_SHA_256, "pw")
Trace(DécrypteStandard(CrypteStandard("ctr mode", k256, crypteAES256, crypteCTR), k256, crypteAES256, crypteCTR)) // expect: ctr mode
Trace(CrypteStandard("a", "short"), ErreurDétectée) // expect: , 1
Trace(ErreurInfo()) // expect: CrypteStandard: the key has 5 bytes; AES-256 needs 32 (a hash of a password gives a key of the right size).
Trace(Crypte("a", "k", 7)) // expect error: Crypte: unknown type of encryption 7.
