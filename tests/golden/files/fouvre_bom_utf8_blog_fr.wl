// Billet de PC SOFT « Insérer un BOM UTF-8 lors de l'enregistrement d'un fichier en
// WLangage » (blogs.pcsoft.fr, 7 octobre 2020), cas 1 (projet en chaînes ANSI), son code
// tel qu'écrit, le fichier dans le répertoire temporaire au lieu de fRepDonnées(), avec
// une Trace des octets écrits. Le billet le dit : fOuvre(..., foCréation) crée un fichier
// ANSI, où fEcrit écrit le BOM tel quel et fEcritLigne le texte déjà en UTF-8 sans le
// ré-encoder ; fSauveTexte du BOM + ChaîneVersUTF8 donne les mêmes octets. Sa troisième
// façon, fInsèreTexteAuDébut, n'est pas connue ici (aucune page stockée, cherchée deux
// fois). Jumeau anglais fopen_utf8_bom_blog_en.wl.
BOM_UTF est un Buffer = Caract(0xEF)+Caract(0xBB)+Caract(0xBF)
sMesDonnées est une chaîne ANSI = "Mes données"
soit sNomFichier = fRepTemp()+[fSep]+"fOuvre-Avec-BOM-UTF-8.txt"
soit hFic = fOuvre(sNomFichier, foCréation)
fEcrit(hFic, BOM_UTF)
fEcritLigne(hFic, ChaîneVersUTF8(sMesDonnées))
fFerme(hFic)
Trace(BufferVersHexa(fChargeBuffer(sNomFichier), SansRegroupement, SansLigne)) // expect: EFBBBF4D657320646F6E6EC3A965730D0A
// relu : la marque décide, le texte revient tel qu'il a été écrit
hFic = fOuvre(sNomFichier, foLecture)
Trace(fLitLigne(hFic)) // expect: Mes données
fFerme(hFic)
fSauveTexte(sNomFichier, BOM_UTF+ChaîneVersUTF8(sMesDonnées))
Trace(BufferVersHexa(fChargeBuffer(sNomFichier), SansRegroupement, SansLigne)) // expect: EFBBBF4D657320646F6E6EC3A96573
Trace(fChargeTexte(sNomFichier)) // expect: Mes données
fSupprime(sNomFichier)
