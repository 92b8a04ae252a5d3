// Famille mathématique en français : angles en degrés
Trace(Sinus(90), Cosinus(180), Tangente(0)) // expect: 1, -1, 0
Trace(ArcSinus(1), ArcCosinus(1), ArcTang(0), ArcTang2(1, 1)) // expect: 90, 0, 0, 45
Trace(ArrondiSupérieur(4.01), ArrondiInférieur(4.99), Tronque(9.99, 1)) // expect: 5, 4, 9.9
Trace(ETBinaire(6, 3), OUBinaire(6, 3), OUExclusifBinaire(6, 3)) // expect: 2, 7, 5
Trace(Signe(-2.5), Factorielle(0), EstPair(7), EstImpair(7)) // expect: -1, 1, 0, 1
Trace(EntierVersHexa(48879), HexaVersEntier("BEEF")) // expect: BEEF, 48879
Trace(EstNumérique("1,5"), EstNumérique("")) // expect: 1, 0
Trace(ArcSinus(2)) // expect error: ArcSinus: 2 is outside the function's domain
