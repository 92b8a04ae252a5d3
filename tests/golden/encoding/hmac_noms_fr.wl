// Hachages à clé pour signer des appels d'API, comme le code métier les écrit :
// HA_HMAC_MD5_128 (nommé comme HA_MD5_128 nomme MD5) et HA_HMAC_SHA3_224/256/384/512
// étaient inconnus (« unknown hash algorithm ») ; noms INFERRED. Les valeurs sont les
// vecteurs de test HMAC publiés (clé "key", la phrase du renard).
sMessage est une chaîne = "The quick brown fox jumps over the lazy dog"
Trace(Signature(HA_HMAC_MD5_128, sMessage, "key")) // expect: 80070713463e7749b90c2dc24911e275
Trace(Signature(HA_HMAC_MD5, sMessage, "key") = Signature(HA_HMAC_MD5_128, sMessage, "key")) // expect: 1
Trace(Signature(HA_HMAC_SHA_256, sMessage, "key")) // expect: f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8
Trace(Signature(HA_HMAC_SHA3_256, sMessage, "key")) // expect: 8c6e0683409427f8931711b10ca92a506eb1fafa48fadd66d76126f47ac2c333
Trace(Taille(Signature(HA_HMAC_SHA3_224, sMessage, "key")), Taille(Signature(HA_HMAC_SHA3_384, sMessage, "key")), Taille(Signature(HA_HMAC_SHA3_512, sMessage, "key"))) // expect: 56, 96, 128
// en base64, comme l'en-tête d'un service web le demande
Trace(Encode(HashChaîne(HA_HMAC_SHA_256, sMessage, "key"), encodeBASE64)) // expect: 97yD9DBThCSxMpjmqm+xQ+9NWaFJRhdZl0edvC0aPNg=

PROCÉDURE Signature(nAlgo est un entier, sTexte est une chaîne, sClé est une chaîne) : chaîne
RENVOYER Minuscule(BufferVersHexa(HashChaîne(nAlgo, sTexte, sClé), SansRegroupement, SansLigne))
