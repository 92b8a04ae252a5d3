// Un fichier XML dont la déclaration nomme un encodage qui n'existe pas (encoding="UTF-1616")
// est un XML invalide : XMLOuvre donne l'erreur non fatale de tout XML invalide
// (ErreurDétectée, un document vide) en nommant cet encodage. Le run s'arrêtait sur une
// erreur interne.
sFichier est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_xmlenc_fr_" + Hasard(1, 999999999) + ".xml"
fSauveTexte(sFichier, "<?xml version=""1.0"" encoding=""UTF-1616""?>" + RC + "<Stock/>", foUnicode)
xStock est un xmlDocument = XMLOuvre(sFichier)
Trace(ErreurDétectée, ErreurInfo()) // expect: 1, XMLOuvre: invalid XML (unknown encoding 'UTF-1616' in its declaration).
fSauveTexte(sFichier, "<?xml version=""1.0"" encoding=""latin-99""?><Stock/>")
xStock = XMLOuvre(sFichier)
Trace(ErreurDétectée, ErreurInfo()) // expect: 1, XMLOuvre: invalid XML (unknown encoding 'latin-99' in its declaration).
fSupprime(sFichier)
