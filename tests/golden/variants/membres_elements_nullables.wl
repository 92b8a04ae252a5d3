// Un type nullable (`entier?`, ?1511031) garde Null comme membre d'une structure et comme
// élément d'un tableau (`tableau d'entiers?`) : le `?` y était perdu (INFERRED,
// docs/semantics.md "The null operators").
STCommande est une Structure
	nQuantité est un entier?
	sLibellé est une chaîne
FIN
c est un STCommande
Trace(c.nQuantité = Null, c.nQuantité ?? -1) // expect: 1, -1
c.nQuantité ??= 8
Trace(c.nQuantité) // expect: 8
tabValeurs est un tableau d'entiers?
TableauAjoute(tabValeurs, Null)
TableauAjoute(tabValeurs, 0)
Trace(tabValeurs[1] = Null, tabValeurs[2] = Null) // expect: 1, 0
tabValeurs[1] ??= 5
Trace(tabValeurs[1]) // expect: 5
