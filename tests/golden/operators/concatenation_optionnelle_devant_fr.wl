// [B] + C en tête d'une expression ([fSep] + "*.jpg", écrit par le code que WINDEV génère) :
// B se place devant le texte C sauf si C est vide ou commence déjà par B (INFERRED, le
// miroir de A + [B], ?1512001)
sFiltre est une chaîne = ["\"] + "*.jpg"
Trace(sFiltre) // expect: \*.jpg
Trace(["\"] + "\*.png") // expect: \*.png
sVide est une chaîne = ""
Trace("[" + (["-"] + sVide) + "]") // expect: []
Trace(Taille([fSep] + "*.jpg")) // expect: 6
sRép est une chaîne = "C:\temp"
Trace(sRép + ["\"] + "x.txt") // expect: C:\temp\x.txt
