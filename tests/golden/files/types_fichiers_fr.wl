// fContentType et fEstUneImage en français
Trace(fContentType("facture.pdf"), FCONTENTTYPE("photo.jpeg"))   // expect: application/pdf, image/jpeg
sFic est une chaîne = fRepTemp() + "/wlimg_" + DonneUUID() + ".bmp"
fSauveBuffer(sFic, "BM" + Répète(Caract(0), 10))
Trace(fEstUneImage(sFic), fEstUneImage(fRepTemp()), ErreurDétectée)   // expect: 1, 0, 1
fSupprime(sFic)
