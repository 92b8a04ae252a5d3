// Compile écrit dans une casse quelconque : la procédure qu'il crée s'appelle par son nom
cRésultat est une chaîne = cOMPILE("Double", "PROCÉDURE Double(x est un entier)" + RC + "RENVOYER x * 2")
Trace(cRésultat)   // expect:
Trace(Double(21))   // expect: 42
