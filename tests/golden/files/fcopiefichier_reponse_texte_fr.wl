// La procédure de fCopieFichier peut répondre un nombre écrit en texte ("1") : il est lu
// comme ce nombre ("1" fcCopie, "2" fcIgnore, "3" fcArrête).
sRep est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_fcopie_texte_" + Hasard(1, 999999999)
fRepCrée(sRep)
fSauveTexte(sRep + "/a.txt", "A")
Trace(fCopieFichier(sRep + "/a.txt", sRep + "/b.txt", 0, RépondUn))     // expect: 1
Trace(fChargeTexte(sRep + "/b.txt"), ErreurDétectée)                     // expect: A, 0
Trace(fCopieFichier(sRep + "/a.txt", sRep + "/c.txt", 0, RépondTrois))  // expect: 0
Trace(fFichierExiste(sRep + "/c.txt"))                                   // expect: 0
fSupprime(sRep + "/a.txt") ; fSupprime(sRep + "/b.txt")
fRepSupprime(sRep)

PROCÉDURE RépondUn(sSource, sDestination)
RENVOYER "1"

PROCÉDURE RépondTrois(sSource, sDestination)
RENVOYER "3"
