// Entre un Buffer et une chaîne le texte est ANSI (Windows-1252), dans les deux sens
// (INFERRED : docs/semantics.md "A Buffer stored into a string"). L'octet 0x80 rangé
// dans une chaîne était le caractère de contrôle U+0080 ; c'est "€", comme Windows lit l'ANSI.
bufAnsi est un Buffer = HexaVersBuffer("80E99C")
sTexte est une chaîne = bufAnsi
Trace(sTexte) // expect: €éœ
Trace(Taille(sTexte)) // expect: 3
sPlusTard est une chaine
sPlusTard = bufAnsi
Trace(sPlusTard = "€éœ") // expect: 1
// et retour : les mêmes octets
bufRetour est un buffer = sTexte
Trace(BufferVersHexa(bufRetour)) // expect: 80 E9 9C
Trace(bufRetour = bufAnsi) // expect: 1
// un texte rangé dans un Buffer : ses octets ANSI ("€" était les trois octets d'UTF-8)
bufLibellé est un Buffer = "Œuvre: 5 €"
Trace(BufferVersHexa(bufLibellé)) // expect: 8C 75 76 72 65 3A 20 35 20 80
Trace(Taille(bufLibellé)) // expect: 10
// les fonctions qui lisent les octets d'une chaîne voient les mêmes octets ANSI
Trace(HashChaîne(HA_MD5, "€") = HashChaîne(HA_MD5, HexaVersBuffer("80"))) // expect: 1
Trace(Encode("€", encodeBASE64)) // expect: gA==
Trace(Décompresse(Compresse("5 €"))) // expect: 5 €
// un membre ou un élément déclaré chaîne ou Buffer, comme une variable
STLigne est une Structure
	sLibellé est une chaîne
	bBrut est un Buffer
FIN
stLigne est un STLigne
stLigne.sLibellé = bufAnsi
Trace(stLigne.sLibellé) // expect: €éœ
stLigne.bBrut = "€"
Trace(BufferVersHexa(stLigne.bBrut)) // expect: 80
tabLibellés est un tableau de chaînes
TableauAjoute(tabLibellés, "")
tabLibellés[1] = bufAnsi
Trace(tabLibellés[1]) // expect: €éœ
// les octets UTF-8 ne sont pas devinés : UTF8VersChaîne les lit
bufUtf8 est un Buffer = ChaîneVersUTF8("été")
sBrut est une chaîne = bufUtf8
Trace(sBrut) // expect: Ã©tÃ©
Trace(UTF8VersChaîne(bufUtf8)) // expect: été
// les cinq octets que Windows-1252 ne définit pas gardent leur code (comme Windows les lit)
bufRare est un Buffer = HexaVersBuffer("81")
sRare est une chaîne = bufRare
Trace(Asc(sRare)) // expect: 129
// un texte que l'ANSI ne peut écrire reste du texte : ses octets sont UTF-8
bufLarge est un Buffer = "日本"
Trace(BufferVersHexa(bufLarge)) // expect: E6 97 A5 E6 9C AC
// un Variant qui contient un Buffer, un Buffer passé à un paramètre déclaré chaîne, de même
vGardé est un Variant = bufAnsi
sDepuisVariant est une chaîne = vGardé
Trace(sDepuisVariant) // expect: €éœ
AfficheLibellé(bufAnsi) // expect: €éœ, 3
sNombre est une chaîne = 5
Trace(sNombre + 1) // expect: 51

// des octets UTF-8 rangés dans une chaîne (lus en ANSI : "â‚¬") restent des octets
// UTF-8 pour UTF8VersChaîne et JSONVersVariant, comme le Buffer (ils restaient "â‚¬")
bufJSON est un Buffer = ChaîneVersUTF8("{""prix"":""5 €"",""nom"":""Éloïse""}")
sJSON est une chaîne = bufJSON
vCommande est un Variant = JSONVersVariant(sJSON)
Trace(vCommande.prix, vCommande.nom) // expect: 5 €, Éloïse
Trace(UTF8VersChaîne(sJSON) = UTF8VersChaîne(bufJSON)) // expect: 1
Trace(UTF8VersChaîne("5 €"), UTF8VersChaîne("日本")) // expect: 5 €, 日本
// un Buffer compressé gardé dans une chaîne se décompresse, un binaire est écrit par
// fEcrit octet pour octet (c'était "du texte, pas un buffer compressé", et de l'UTF-8)
sCompressé est une chaîne = Compresse(Répète("5 € été ", 20))
Trace(Décompresse(sCompressé) = Répète("5 € été ", 20)) // expect: 1
sFichier est une chaîne = fFichierTemp()
sImage est une chaîne = HexaVersBuffer("89504E470D0A1A0A809C")
hFichier est un entier = fCrée(sFichier)
fEcrit(hFichier, sImage)
fFerme(hFichier)
Trace(BufferVersHexa(fChargeBuffer(sFichier))) // expect: 89 50 4E 47 0D 0A 1A 0A 80 9C
fSupprime(sFichier)
// fSauveTexte et fAjouteTexte l'écrivent octet pour octet aussi (c'était de l'UTF-8)
fSauveTexte(sFichier, sImage)
fAjouteTexte(sFichier, sImage)
Trace(fTaille(sFichier), fChargeBuffer(sFichier) = HexaVersBuffer("89504E470D0A1A0A809C89504E470D0A1A0A809C")) // expect: 20, 1
fSupprime(sFichier)
// AnsiVersUnicode lit les cinq octets que Windows-1252 ne définit pas comme s = buf
// (U+0081, pas U+FFFD), et UnicodeVersAnsi les réécrit
bIndéfini est un Buffer = HexaVersBuffer("81808D")
sIndéfini est une chaîne = bIndéfini
Trace(Asc(AnsiVersUnicode(bIndéfini)), AnsiVersUnicode(bIndéfini) = sIndéfini) // expect: 129, 1
Trace(BufferVersHexa(UnicodeVersAnsi(AnsiVersUnicode(bIndéfini)))) // expect: 81 80 8D
PROCÉDURE AfficheLibellé(sLibellé est une chaîne)
Trace(sLibellé, Taille(sLibellé))
