// Famille Texte : ChaîneCompare, ChaîneFormate, conversions UTF-8
Trace(ChaîneCompare("chat", "chien")) // expect: -1
Trace(ChaineCompare("Été", "ete", ccSansAccent + ccSansCasse)) // expect: 0
Trace(ChaîneCompare("a b c", "abc", ccSansEspaceIntérieur)) // expect: 0
Trace(ChaîneCompare("é", "f"), ChaîneCompare("é", "f", ccOrdreLexicographique)) // expect: 1, -1
Trace(ChaîneFormate("c'est éric", ccMajuscule + ccSansEspaceIntérieur)) // expect: C'ESTÉRIC
Trace(ChaîneFormate("Ça coûte 5 € !", ccSansPonctuationNiEspace + ccSansAccent + ccMajuscule)) // expect: CACOUTE5
Trace(ChaîneFormate("  Dupré  ", ccSansEspace + ccMinuscule + ccSansAccent)) // expect: dupre
Trace(Taille(ChaîneVersUTF8("é")), Asc(ChaîneVersUTF8("é"))) // expect: 2, 195
Trace(UTF8VersChaîne(ChaîneVersUTF8("Noël"))) // expect: Noël
Trace(ChaîneFormate("a", 1024)) // expect error: ChaîneFormate: unknown option value 1024
