// Un texte lu comme un nombre est lu d'une seule façon partout, comme Val le lit : une
// virgule juste après les chiffres de tête est la virgule décimale (docs/semantics.md
// "A text read as a number", INFERRED). `m est un monétaire = "12,50"` valait 12 alors
// que Val("12,50") valait 12,5.
mPrix est un monétaire = "12,50"
Trace(mPrix) // expect: 12.5
rTaux est un réel = "5,5"
Trace(rTaux) // expect: 5.5
nExact est un numérique = "-0,125"
Trace(nExact) // expect: -0.125
nQté est un entier = "12,50"
Trace(nQté) // expect: 12
nGrand est un entier sur 8 octets = "5000000000,9"
Trace(nGrand) // expect: 5000000000
Trace(mPrix = Val("12,50")) // expect: 1
// un seul séparateur décimal : une seconde virgule termine le nombre
rMilliers est un réel = "1,234,567"
Trace(rMilliers) // expect: 1.234
// là où la valeur est rangée : un membre, un élément, la variable d'un POUR TOUT
STLigne est une Structure
	mMontant est un monétaire
FIN
stLigne est un STLigne
stLigne.mMontant = "19,99"
Trace(stLigne.mMontant) // expect: 19.99
tabTaux est un tableau de réels
TableauAjoute(tabTaux, "2,5")
Trace(tabTaux[1]) // expect: 2.5
tabQté est un tableau d'entiers = [1, 2]
POUR TOUT nChaque DE tabQté
	nChaque = "7"
	Trace(nChaque + 1) // expect: 8
	// expect: 8
FIN
Trace(tabQté[1], tabQté[2]) // expect: 7, 7
// en arithmétique et dans les comparaisons, un texte qui tient un tel nombre est ce nombre
sSaisie est une chaîne = "12,50"
Trace(sSaisie * 2) // expect: 25
Trace(sSaisie - 0.5) // expect: 12
Trace(sSaisie = 12.5) // expect: 1
Trace(sSaisie > 12) // expect: 1
// `+` avec un texte concatène toujours (section 5 de docs/semantics.md)
Trace(sSaisie + 1) // expect: 12,501
