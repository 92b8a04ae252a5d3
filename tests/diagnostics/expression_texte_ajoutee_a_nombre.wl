// `+=` d'une expression que le code dit texte sur une variable numérique : une fonction
// qui renvoie un texte, une procédure déclarée renvoyer une chaîne, un membre ou un
// élément déclaré chaîne, une concaténation. '+' concatène, comme avec une variable
// chaîne (WL206) ; un nombre, un Variant ou un résultat non déclaré ne disent rien.
STLigne est une Structure
	sLibellé est une chaîne
	nQté est un entier
FIN
sLigne est une chaîne = "A;12,50;3"
mTotal est un monétaire
mTotal += ExtraitChaîne(sLigne, 2, ";") // warning: WL206:1 'mTotal' is a currency: '+=' with a text joins the text to its digits ('+' joins when one side is a text) and stores the number read from the result; Val(text) adds its number
mTotal += Val(ExtraitChaîne(sLigne, 2, ";"))
nNombre est un entier
nNombre += gauche(sLigne, 1) // warning: WL206:1 'nNombre' is an integer: '+=' with a text joins the text to its digits ('+' joins when one side is a text) and stores the number read from the result; Val(text) adds its number
nNombre += Taille(sLigne)
nNombre += CodeArticle() // warning: WL206:1 'nNombre' is an integer: '+=' with a text joins the text to its digits ('+' joins when one side is a text) and stores the number read from the result; Val(text) adds its number
nNombre += Quantité()
nNombre += NImporteQuoi()
nNombre += "1" + nNombre // warning: WL206:1 'nNombre' is an integer: '+=' with a text joins the text to its digits ('+' joins when one side is a text) and stores the number read from the result; Val(text) adds its number
nNombre += 1 + 2
stL est un STLigne
nNombre += stL.sLibellé // warning: WL206:1 'nNombre' is an integer: '+=' with a text joins the text to its digits ('+' joins when one side is a text) and stores the number read from the result; Val(text) adds its number
nNombre += stL.nQté
tabCodes est un tableau de chaînes = ["7"]
nNombre += tabCodes[1] // warning: WL206:1 'nNombre' is an integer: '+=' with a text joins the text to its digits ('+' joins when one side is a text) and stores the number read from the result; Val(text) adds its number
vValeur est un Variant = "3"
nNombre += vValeur
Trace(mTotal, nNombre)

PROCÉDURE CodeArticle() : chaîne
RENVOYER "7"

PROCEDURE Quantité() : entier
RENVOYER 7

procedure NImporteQuoi()
RENVOYER "7"
