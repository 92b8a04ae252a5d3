// Page d'aide "HashChaîne (Fonction)" (doc.pcsoft.fr ?1000007111) : son exemple, les deux
// champs de saisie remplacés par des variables ; le hash (un buffer) se montre avec
// BufferVersHexa et SansRegroupement, comme la page le conseille (MD5 de "abc" : RFC 1321).
SAI_Saisie1 est une chaîne = "abc"
SAI_Saisie2 est une chaîne = "abc"
// Calcul du Hash des valeurs de deux champs de saisie
Hash1 est un Buffer = HashChaîne(HA_MD5_128, SAI_Saisie1)
Hash2 est un Buffer = HashChaîne(HA_MD5_128, SAI_Saisie2)
// Comparaison des deux Hash
SI Hash1 = Hash2 ALORS Info("Les deux chaînes sont identiques.")
// expect: Les deux chaînes sont identiques.
Trace(BufferVersHexa(Hash1, SansRegroupement))  // expect: 900150983CD24FB0D6963F7D28E17F72
SAI_Saisie2 = "abd"
Hash2 = HashChaîne(HA_MD5_128, SAI_Saisie2)
Trace(Hash1 = Hash2)                            // expect: 0
