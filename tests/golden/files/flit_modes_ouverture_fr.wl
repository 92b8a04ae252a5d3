// fLit dans chaque mode d'ouverture (INFÉRÉ, pas de page fLit dans la copie stockée :
// docs/builtins.md "Encodings", "fRead by open mode") : dans un fichier d'encodage connu
// il donne le texte du fichier, décodé, comme fLitLigne ; le nombre reste en octets et un
// nombre qui s'arrête dans un caractère lit la fin de ce caractère. Sans mode et sans
// marque d'ordre des octets il donne les octets (un buffer). Avant, foUTF8 donnait
// "ZoÃ«" et foAnsi l'octet 80 pour "€".
sFic est une chaîne = ComplèteRep(fRepTemp()) + "wl_flit_modes_" + Hasard(1, 999999999) + ".txt"
// foUTF8 sur un fichier UTF-8 écrit sans marque
fSauveBuffer(sFic, ChaîneVersUTF8("Zoë €5"))
nFic est un entier = fOuvre(sFic, foLecture + foUTF8)
Trace(fLit(nFic, 3)) // expect: Zoë
Trace("[" + fLit(nFic, 2) + "]") // expect: [ €]
Trace(fLit(nFic, 10)) // expect: 5
Trace(fLit(nFic, 10) = "") // expect: 1
fFerme(nFic)
// le même fichier sans mode : ses octets
nFic = fOuvre(sFic, foLecture)
s est une chaîne = fLit(nFic, 4)
Trace(Taille(s), Asc(s[[3]]), Asc(s[[4]])) // expect: 4, 195, 171
Trace(UTF8VersChaîne(s)) // expect: Zoë
fFerme(nFic)
// un fichier UTF-8 avec sa marque : du texte, sans mode aussi
fSauveTexte(sFic, "Crème brûlée", foUTF8)
nFic = fOuvre(sFic, foLecture)
Trace(fLit(nFic, fTaille(sFic))) // expect: Crème brûlée
fFerme(nFic)
// foAnsi : Windows-1252
fSauveTexte(sFic, "Prix : 12 €", foAnsi)
nFic = fOuvre(sFic, foLecture + foAnsi)
Trace(fLit(nFic, 100)) // expect: Prix : 12 €
fFerme(nFic)
nFic = fOuvre(sFic, foLecture)
s = fLit(nFic, 100)
Trace(Taille(s), Asc(Droite(s, 1))) // expect: 11, 128
fFerme(nFic)
// foUnicode : UTF-16 (files/flit_utf16_fr.wl)
fSauveTexte(sFic, "Noël", foUnicode)
nFic = fOuvre(sFic, foLecture + foUnicode)
Trace(fLit(nFic, 8)) // expect: Noël
fFerme(nFic)
fSupprime(sFic)
