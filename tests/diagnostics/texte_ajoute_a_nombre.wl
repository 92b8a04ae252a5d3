// `+=` avec un texte sur une variable numérique : '+' concatène quand un côté est un
// texte, les chiffres de la variable et le texte sont donc joints et le nombre relu est
// rangé (3 += "3,5" donne "33,5", rangé 33) ; l'exécution ne dit rien, WL206 le dit.
mTotal est un monétaire = 3
mTotal += "3,5" // warning: WL206:1 'mTotal' is a currency: '+=' with a text joins the text to its digits ('+' joins when one side is a text) and stores the number read from the result; Val(text) adds its number
sSaisie est une chaîne = "2"
nNombre est un entier = 1
nNombre += sSaisie // warning: WL206:1 'nNombre' is an integer: '+=' with a text joins the text to its digits ('+' joins when one side is a text) and stores the number read from the result; Val(text) adds its number
nNombre += Val(sSaisie)
sLibellé est une chaîne = "a"
sLibellé += "b"
vQuelconque est un Variant = 1
vQuelconque += "2"
mTotal -= 1
Trace(mTotal, nNombre, sLibellé, vQuelconque)
// une variable POUR TOUT CHAÎNE tient un morceau du texte : la même concaténation
mSomme est un monétaire
POUR TOUT CHAÎNE sMorceau DE "12,50;3,75" SÉPARÉE PAR ";"
	mSomme += sMorceau // warning: WL206:2 'mSomme' is a currency: '+=' with a text joins the text to its digits ('+' joins when one side is a text) and stores the number read from the result; Val(text) adds its number
	mSomme += Val(sMorceau)
FIN
POUR TOUT nValeur DE [1, 2]
	mSomme += nValeur
FIN
Trace(mSomme)
