// HashChaîne/HashFichier avec HA_MD4 et HA_DJB2_32/64 (page ?1000007111) : MD4 de la
// RFC 1320 (ses vecteurs de test), DJB2 de Bernstein, octets de poids fort d'abord.
Trace(BufferVersHexa(HashChaîne(HA_MD4, "abc"), SansRegroupement, SansLigne))   // expect: A448017AAF21D8525FC10AE87AA6729D
Trace(BufferVersHexa(HashChaîne(HA_MD4, "a"), SansRegroupement, SansLigne))   // expect: BDE52CB31DE33E46245E05FBDBD6FB24
Trace(BufferVersHexa(HashChaîne(HA_MD4, "abcdefghijklmnopqrstuvwxyz"), SansRegroupement, SansLigne))   // expect: D79E1C308AA5BBCDEEA8ED63DF412DA9
Trace(BufferVersHexa(HashChaîne(HA_DJB2_32, "hello"), SansRegroupement, SansLigne))   // expect: 0F923099
Trace(BufferVersHexa(HashChaîne(HA_DJB2_64, "hello"), SansRegroupement, SansLigne))   // expect: 000000310F923099
sFichier est une chaîne = fRepTemp() + ["/"] + "wl_djb2_" + DonneUUID() + ".txt"
fSauveTexte(sFichier, "hello")
Trace(BufferVersHexa(HashFichier(HA_DJB2_32, sFichier), SansRegroupement, SansLigne))   // expect: 0F923099
Trace(HashVérifieChaîne(HA_DJB2_32, "hello", HashChaîne(HA_DJB2_32, "hello")))   // expect: 1
fSupprime(sFichier)
Trace(HashChaîne(HA_MURMUR_2, "abc"))   // expect error: HashChaîne: HA_MURMUR_2 is not available
