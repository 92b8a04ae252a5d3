// BufferVersEntier/BufferVersRéel, HasardCryptoEntier/Buffer, GénèreMotDePasse, DonneUUID256 (docs/builtins.md, "Buffers and secure random")
b est un Buffer = HexaToBuffer("D2040000")
Trace(BufferVersEntier(b), BufferVersEntier(b, 1, 2), BufferVersRéel(HexaToBuffer("000000000000F03F"))) // expect: 1234, 1234, 1
n est un entier = HasardCryptoEntier(10, 20)
Trace(n >= 10 ET n <= 20, Taille(HasardCryptoBuffer(8))) // expect: 1, 8
mdp est une chaîne = GénèreMotDePasse(12, gmdpMinuscule + gmdpChiffre)
Trace(Taille(mdp), VérifieExpressionRégulière(mdp, "[a-z0-9]{12}"), CaractOccurrenceType(mdp, ctNumérique) >= 1) // expect: 12, 1, 1
Trace(Taille(DonneUUID256())) // expect: 64
GénèreMotDePasse(2, gmdpMinuscule + gmdpMajuscule + gmdpChiffre) // expect error: cannot hold one character of each
