// Sérialise dans un Buffer y range les octets UTF-8 du texte JSON ou XML, un octet par
// caractère du Buffer ; le texte de psdJSON est en ASCII 7 bits (VERIFIED ?3013065 : é
// s'écrit \u00E9), ses octets sont ses caractères (20 pour {"a":"é€"}), et les accents
// de psdXML prennent deux ou trois octets. Le résultat de psdBinaire est déjà des octets, rangé
// tel quel. Désérialise relit le Buffer (docs/builtins.md "Serialize into a Buffer")
STElement est une Structure
	a est une chaîne
FIN
st est un STElement
st.a = "é€"
bufJSON est un Buffer
Sérialise(st, bufJSON, psdJSON)
bufXML1 est un Buffer
Sérialise(st, bufXML1, psdXML)
Trace(Taille(bufJSON), bufJSON) // expect: 20, {"a":"\u00E9\u20AC"}
Trace(Asc(bufJSON[[7]]), Asc(bufXML1[[15]])) // expect: 92, 195
sJSON est une chaîne
Sérialise(st, sJSON, psdJSON)
Trace(Taille(sJSON), sJSON) // expect: 20, {"a":"\u00E9\u20AC"}
bufXML est un Buffer
Sérialise(st, bufXML, psdXML)
Trace(Taille(bufXML)) // expect: 35
bufBin est un Buffer
Sérialise(st, bufBin, psdBinaire)
Trace(Taille(bufBin)) // expect: 19
STPorteur est une Structure
	donnees est un Buffer
FIN
p est un STPorteur
Sérialise(st, p.donnees, psdJSON)
tabB est un tableau de Buffers
TableauAjoute(tabB, "")
Sérialise(st, tabB[1], psdJSON)
Trace(Taille(p.donnees), Taille(tabB[1])) // expect: 20, 20
stRetour est un STElement
Désérialise(stRetour, bufJSON, psdJSON)
Trace(stRetour.a) // expect: é€
Désérialise(stRetour, bufXML, psdXML)
Trace(stRetour.a) // expect: é€
Désérialise(stRetour, bufBin, psdBinaire)
Trace(stRetour.a) // expect: é€
