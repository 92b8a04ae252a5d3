// littéraux : Vrai/Faux, entiers, hexadécimal, réels, chaînes
Trace(Vrai, Faux) // expect: 1, 0
Trace(0x10 + 1_000) // expect: 1016
Trace(12.50) // expect: 12.5
Trace("il dit ""bonjour""") // expect: il dit "bonjour"
Trace(“guillemets typographiques”) // expect: guillemets typographiques
