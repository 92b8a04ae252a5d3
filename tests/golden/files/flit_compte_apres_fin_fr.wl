// fLit avec un nombre d'octets bien au-delà de la fin du fichier (« tout lire » écrit
// comme un grand nombre, ou une longueur lue dans un en-tête abîmé) lit les octets qui
// restent : il arrêtait l'exécution sur « Not enough memory ». Jumeau anglais :
// fread_count_past_end_en.wl.
sRep est une chaîne = fRepTemp() + "\wl_flitgrand_" + Hasard(1, 999999999)
fRepCrée(sRep)
fSauveTexte(sRep + "\h.bin", "TETEabcdef")
nF est un entier = fOuvre(sRep + "\h.bin", foLecture)
Trace(fLit(nF, 4)) // expect: TETE
bufTout est un Buffer
Trace(fLit(nF, 100000000000, &bufTout), bufTout) // expect: 6, abcdef
Trace(fLit(nF, 100000000000)) // expect: 
fFerme(nF)
nF = fOuvre(sRep + "\h.bin", foLectureEcriture)
fPositionne(nF, 0, fpFin)
fEcrit(nF, "XYZ")
fPositionne(nF, 4, fpDébut)
Trace(fLit(nF, 99999999999)) // expect: abcdefXYZ
fFerme(nF)
fRepSupprime(sRep, frRécursif)
