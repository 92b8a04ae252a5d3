// Sérialise dans un Buffer y range les octets UTF-8 du texte JSON ou XML, un octet par
// caractère du Buffer : Taille compte les octets (13 pour {"a":"é€"}) ; une chaîne
// reçoit le texte (10 caractères). Le résultat de psdBinaire est déjà des octets, rangé
// tel quel. Désérialise relit le Buffer (docs/builtins.md "Serialize into a Buffer")
STElement est une Structure
	a est une chaîne
FIN
st est un STElement
st.a = "é€"
bufJSON est un Buffer
Sérialise(st, bufJSON, psdJSON)
Trace(Taille(bufJSON), BufferVersHexa(bufJSON, SansRegroupement)) // expect: 13, 7B2261223A22C3A9E282AC227D
Trace(Asc(bufJSON[[7]])) // expect: 195
sJSON est une chaîne
Sérialise(st, sJSON, psdJSON)
Trace(Taille(sJSON), sJSON) // expect: 10, {"a":"é€"}
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
Trace(Taille(p.donnees), Taille(tabB[1])) // expect: 13, 13
stRetour est un STElement
Désérialise(stRetour, bufJSON, psdJSON)
Trace(stRetour.a) // expect: é€
Désérialise(stRetour, bufXML, psdXML)
Trace(stRetour.a) // expect: é€
Désérialise(stRetour, bufBin, psdBinaire)
Trace(stRetour.a) // expect: é€
