// fContentType et fEstUneImage en français
Trace(fContentType("facture.pdf"), FCONTENTTYPE("photo.jpeg"))   // expect: application/pdf, image/jpeg
sFic est une chaîne = fRepTemp() + "/wlimg_" + DonneUUID() + ".bmp"
fSauveBuffer(sFic, "BM" + Répète(Caract(0), 10))
Trace(fEstUneImage(sFic), fEstUneImage(fRepTemp()), ErreurDétectée)   // expect: 1, 0, 1
// un chemin contenant un caractère NUL n'est aucun fichier (c'était une erreur interne)
Trace(fEstUneImage("a" + Caract(0) + "b.png"), ErreurDétectée)   // expect: 0, 1
fSupprime(sFic)
