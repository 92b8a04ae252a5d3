// fSauveTexte et son troisième paramètre (foAnsi, foUnicode, foUTF8) : le fichier est
// écrit dans cet encodage, foUnicode et foUTF8 avec leur marque d'ordre des octets, et
// fChargeTexte le relit (il était refusé) ; INFERRED (docs/builtins.md, "fSaveText's
// encoding")
nom est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_fsauvetexte_" + Hasard(1, 999999999) + ".txt"
fSauveTexte(nom, "Noël", foUTF8)
Trace(BufferVersHexa(fChargeBuffer(nom))) // expect: EF BB BF 4E 6F C3 AB 6C
Trace(fChargeTexte(nom)) // expect: Noël
fSauveTexte(nom, "Noël", foUnicode)
Trace(BufferVersHexa(fChargeBuffer(nom))) // expect: FF FE 4E 00 6F 00 EB 00 6C 00
Trace(fChargeTexte(nom)) // expect: Noël
fSauveTexte(nom, "Noël", foAnsi)
Trace(BufferVersHexa(fChargeBuffer(nom))) // expect: 4E 6F EB 6C
Trace(fChargeTexte(nom, foAnsi)) // expect: Noël
fSupprime(nom)
