// Un Buffer est fait d'octets et s'écrit octet pour octet dans tout fichier : ses octets
// 128 à 255 ne sont pas encodés comme du texte (DÉCIDÉ : docs/builtins.md "Encodings")
sChemin est une chaîne = ComplèteRep(fRepTemp()) + "wl_buffer_octets_" + Hasard(1, 999999999) + ".bin"
bufDonnées est un Buffer = HexaVersBuffer("E9 80 FF 41")
nFic est un entier = fOuvre(sChemin, foCréation + foUTF8)
Trace(fEcrit(nFic, bufDonnées)) // expect: 4
Trace(fÉcrit(nFic, "é")) // expect: 2
fFerme(nFic)
Trace(BufferVersHexa(fChargeBuffer(sChemin))) // expect: EF BB BF E9 80 FF 41 C3 A9
nFic = fOuvre(sChemin, foCréation + foUnicode)
Trace(fÉcritLigne(nFic, bufDonnées)) // expect: 8
fFerme(nFic)
Trace(BufferVersHexa(fChargeBuffer(sChemin))) // expect: FF FE E9 80 FF 41 0D 00 0A 00
Trace(fSauveTexte(sChemin, bufDonnées)) // expect: 1
Trace(BufferVersHexa(fChargeBuffer(sChemin))) // expect: E9 80 FF 41
Trace(fAjouteTexte(sChemin, bufDonnées), fTaille(sChemin)) // expect: 1, 8
tabBuf est un tableau de Buffers
TableauAjoute(tabBuf, HexaVersBuffer("D0 D1"))
fSauveTexte(sChemin, tabBuf[1])
Trace(BufferVersHexa(fChargeBuffer(sChemin))) // expect: D0 D1
fSupprime(sChemin)
