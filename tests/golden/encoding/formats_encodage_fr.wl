// Encode et Décode dans chaque format que nomment leurs constantes, sur le "foobar" de la
// RFC 4648 (ses résultats base64, base32 et base16), et les allers-retours des autres
// formats. La page d'Encode n'est pas dans la copie stockée de l'aide : les résultats
// au-delà de la RFC 4648 sont nos décisions (docs/builtins.md "Encoding and hashing").
// encodePCS et encodeUUEncode, formats de Crypte, étaient refusés par Encode.
s est une chaîne = "foobar"
Trace(Encode(s))                          // expect: Zm9vYmFy
Trace(Encode(s, encodeBASE64))            // expect: Zm9vYmFy
Trace(Encode(s, encodeBASE64SansRC))      // expect: Zm9vYmFy
Trace(Encode(s, encodeBASE32))            // expect: MZXW6YTBOI======
Trace(Encode(s, encodeHexa))              // expect: 666F6F626172
Trace(Encode(s, encodeBASE85))            // expect: W^Zp|VR8
Trace(Encode(s, encodePCS))               // expect: Zm9vYmFy
Trace(Encode(s, encodeUUEncode))          // expect: &9F]O8F%R
// base64 URL : - et _ pour + et /, sans remplissage
b est un Buffer = HexaVersBuffer("FBFFFE")
Trace(Encode(b, encodeBASE64))            // expect: +//+
Trace(Encode(b, encodeBASE64URL))         // expect: -__-
// URL : chaque octet sauf lettres, chiffres et -_.~ en %XX (é vaut E9 en ANSI)
Trace(Encode("a b/é", encodeURL))         // expect: a%20b%2F%E9
// Chaque format décode ce qu'il encode
Trace(Décode("MZXW6YTBOI======", encodeBASE32))      // expect: foobar
Trace(Décode("666F6F626172", encodeHexa))            // expect: foobar
Trace(Décode("W^Zp|VR8", encodeBASE85))              // expect: foobar
Trace(Décode("Zm9vYmFy", encodePCS))                 // expect: foobar
Trace(Décode("&9F]O8F%R", encodeUUEncode))           // expect: foobar
Trace(Décode("a%20b%2F%E9", encodeURL))              // expect: a b/é
Trace(BufferVersHexa(Décode("-__-", encodeBASE64URL)))  // expect: FB FF FE
Trace(Décode("Zm9vYmFy", encodeBASE64SansRC))        // expect: foobar
// Un texte qui n'est pas dans le format : "" et ErreurDétectée
Trace(Décode("@@@", encodeBASE32) = "", ErreurDétectée)  // expect: 1, 1
// Les deux formes de DonneUUID
Trace(Taille(DonneUUID(uuidFormaté)), Taille(DonneUUID(uuidBrut)))  // expect: 36, 32
// URLEncode et URLDécode (?3024040, ?3024041) avec les constantes UTF-8 et Unicode
Trace(URLEncode("café crème", encodeURLDepuisUTF8))          // expect: caf%C3%A9%20cr%C3%A8me
Trace(URLDécode("caf%C3%A9", encodeURLVersUTF8))             // expect: café
sU est une chaîne UNICODE = URLDécode("caf%C3%A9", encodeURLVersUnicode)
Trace(sU)                                                    // expect: café
