// bitET n'est pas une fonction WLanguage : à côté de bitDécaleGauche, du vrai code l'écrit
// pour un ET bit à bit ; le message dit l'opérateur & et ETBinaire (FS, 6 déc. 2026 ;
// trouvé en écrivant un fichier d'enregistrements binaires). Jumeau anglais
// bitand_other_name_en.wl.
n est un entier = 0x1234
Trace(ETBinaire(n, 0xFF), n & 0xFF, bitDécaleDroite(n, 8) & 0xFF) // expect: 52, 52, 18
Trace(bitET(n, 0xFF)) // expect error: Unknown procedure or function 'bitET'; le ET bit à bit est l'opérateur & ou ETBinaire(a, b) ; le OU, | ou OUBinaire(a, b) (ET seul est le ET logique)
