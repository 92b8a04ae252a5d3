// Les algorithmes de HashChaîne, chaque constante HA_* que nomme sa page d'aide
// (?1000007111), sur les vecteurs de test publiés : "abc" pour les empreintes (FIPS 180-4,
// FIPS 202, RFC 1320, RFC 1321), le cas 2 des RFC 2202 / RFC 4231 (clé "Jefe") pour les
// HMAC. Les empreintes sont celles des normes ; les valeurs des constantes sont les nôtres.
s est une chaîne = "abc"
Trace(EnHexa(HashChaîne(HA_MD4, s)))          // expect: A448017AAF21D8525FC10AE87AA6729D
Trace(EnHexa(HashChaîne(HA_MD5, s)))          // expect: 900150983CD24FB0D6963F7D28E17F72
Trace(EnHexa(HashChaîne(HA_MD5_128, s)))      // expect: 900150983CD24FB0D6963F7D28E17F72
Trace(EnHexa(HashChaîne(HA_SHA_160, s)))      // expect: A9993E364706816ABA3E25717850C26C9CD0D89D
Trace(EnHexa(HashChaîne(HA_SHA_224, s)))      // expect: 23097D223405D8228642A477BDA255B32AADBCE4BDA0B3F7E36C9DA7
Trace(EnHexa(HashChaîne(HA_SHA_256, s)))      // expect: BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD
Trace(EnHexa(HashChaîne(HA_SHA_384, s)))
// expect: CB00753F45A35E8BB5A03D699AC65007272C32AB0EDED1631A8B605A43FF5BED8086072BA1E7CC2358BAECA134C825A7
Trace(EnHexa(HashChaîne(HA_SHA_512, s)))
// expect: DDAF35A193617ABACC417349AE20413112E6FA4E89A97EA20A9EEEE64B55D39A2192992A274FC1A836BA3C23A3FEEBBD454D4423643CE80E2A9AC94FA54CA49F
Trace(EnHexa(HashChaîne(HA_SHA3_224, s)))     // expect: E642824C3F8CF24AD09234EE7D3C766FC9A3A5168D0C94AD73B46FDF
Trace(EnHexa(HashChaîne(HA_SHA3_256, s)))     // expect: 3A985DA74FE225B2045C172D6BD390BD855F086E3E9D525B46BFE24511431532
Trace(EnHexa(HashChaîne(HA_SHA3_384, s)))
// expect: EC01498288516FC926459F58E2C6AD8DF9B473CB0FC08C2596DA7CF0E49BE4B298D88CEA927AC7F539F1EDF228376D25
Trace(EnHexa(HashChaîne(HA_SHA3_512, s)))
// expect: B751850B1A57168A5693CD924B6B096E08F621827444F70D884F5D0240D2712E10E116E9192AF3C91A7EC57647E3934057340B4CF408D5A56592F8274EEC53F0
// CRC-32 (celui de zip) et djb2 (5381, fois 33 plus chaque octet), poids fort en tête
Trace(EnHexa(HashChaîne(HA_CRC32, s)))        // expect: 352441C2
Trace(EnHexa(HashChaîne(HA_DJB2_32, s)))      // expect: 0B885C8B
Trace(EnHexa(HashChaîne(HA_DJB2_64, s)))      // expect: 000000000B885C8B
// Les algorithmes à clé prennent la clé en troisième paramètre
sDonnées est une chaîne = "what do ya want for nothing?"
sClé est une chaîne = "Jefe"
Trace(EnHexa(HashChaîne(HA_HMAC_MD5, sDonnées, sClé)))      // expect: 750C783E6AB0B503EAA86E310A5DB738
Trace(EnHexa(HashChaîne(HA_HMAC_MD5_128, sDonnées, sClé)))  // expect: 750C783E6AB0B503EAA86E310A5DB738
Trace(EnHexa(HashChaîne(HA_HMAC_SHA_160, sDonnées, sClé)))  // expect: EFFCDF6AE5EB2FA2D27416D5F184DF9C259A7C79
Trace(EnHexa(HashChaîne(HA_HMAC_SHA_224, sDonnées, sClé)))  // expect: A30E01098BC6DBBF45690F3A7E9E6D0F8BBEA2A39E6148008FD05E44
Trace(EnHexa(HashChaîne(HA_HMAC_SHA_256, sDonnées, sClé)))
// expect: 5BDCC146BF60754E6A042426089575C75A003F089D2739839DEC58B964EC3843
Trace(EnHexa(HashChaîne(HA_HMAC_SHA_384, sDonnées, sClé)))
// expect: AF45D2E376484031617F78D2B58A6B1B9C7EF464F5A01B47E42EC3736322445E8E2240CA5E69E2C78B3239ECFAB21649
Trace(EnHexa(HashChaîne(HA_HMAC_SHA_512, sDonnées, sClé)))
// expect: 164B7A7BFCF819E2E395FBE73B56E0A387BD64222E831FD610270CD7EA2505549758BF75C05A994A6D034F65F8F0E6FDCAEAB1A34D4A6B4B636E070A38BCE737
Trace(EnHexa(HashChaîne(HA_HMAC_SHA3_224, sDonnées, sClé)))  // expect: 7FDB8DD88BD2F60D1B798634AD386811C2CFC85BFAF5D52BBACE5E66
Trace(EnHexa(HashChaîne(HA_HMAC_SHA3_256, sDonnées, sClé)))
// expect: C7D4072E788877AE3596BBB0DA73B887C9171F93095B294AE857FBE2645E1BA5
Trace(EnHexa(HashChaîne(HA_HMAC_SHA3_384, sDonnées, sClé)))
// expect: F1101F8CBF9766FD6764D2ED61903F21CA9B18F57CF3E1A23CA13508A93243CE48C045DC007F26A21B3F5E0E9DF4C20A
Trace(EnHexa(HashChaîne(HA_HMAC_SHA3_512, sDonnées, sClé)))
// expect: 5A4BFEAB6166427C7A3647B747292B8384537CDB89AFB3BF5665E4C5E709350B287BAEC921FD7CA0EE7A0C31D022A95E1FC92BA9D77DF883960275BEB4E62024
// HashVérifieChaîne avec les mêmes algorithmes
Trace(HashVérifieChaîne(HA_SHA3_512, s, HashChaîne(HA_SHA3_512, s)))                   // expect: 1
Trace(HashVérifieChaîne(HA_HMAC_SHA_384, sDonnées, HashChaîne(HA_HMAC_SHA_384, sDonnées, sClé), "jefe"))  // expect: 0
// Les algorithmes Murmur sont refusés en mots (graine et ordre des octets non documentés)
QUAND EXCEPTION DANS
	HashChaîne(HA_MURMUR_1, s)
FAIRE
	Trace(Milieu(ExceptionInfo(), 1, 35))   // expect: HashChaîne: HA_MURMUR_1 is not avai
FIN
QUAND EXCEPTION DANS
	HashChaîne(HA_MURMUR_2, s)
FAIRE
	Trace(Milieu(ExceptionInfo(), 1, 35))   // expect: HashChaîne: HA_MURMUR_2 is not avai
FIN

// L'empreinte en hexadécimal sur une ligne, comme la page de HashChaîne conseille de l'afficher
PROCÉDURE EnHexa(b est un Buffer)
RENVOYER BufferVersHexa(b, SansRegroupement, SansLigne)
