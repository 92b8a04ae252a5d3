// Une combinaison affichée (Trace, Info, rangée dans un texte ou collée à un texte)
// donne les noms de ses options, comme c..Nom ("Rouge + Vert"), aussi dans un Variant
// ou un paramètre non typé ; elle affichait son nombre (3).
Couleurs est une Combinaison
	Rouge
	Vert
	Bleu
FIN
cStylo est une Couleurs = Rouge + Vert
Trace(cStylo) // expect: Rouge + Vert
sStylo est une chaîne = cStylo
Trace("stylo : " + cStylo, sStylo) // expect: stylo : Rouge + Vert, Rouge + Vert
vStylo est un Variant = cStylo
Trace(vStylo, vStylo + 1) // expect: Rouge + Vert, 4
Montre(cStylo) // expect: Rouge + Vert
nDrapeaux est un entier = cStylo
Trace(nDrapeaux, Bleu) // expect: 3, Bleu
tabStylos est un tableau de Couleurs
TableauAjoute(tabStylos, cStylo)
Trace(tabStylos[1]) // expect: Rouge + Vert
PROCÉDURE Montre(xDonné)
Trace(xDonné)
