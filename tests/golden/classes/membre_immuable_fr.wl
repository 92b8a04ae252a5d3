// Un membre déclaré `<immuable>` garde la valeur que sa déclaration donne (pour une
// classe, son constructeur peut donner la sienne à l'objet) : l'affecter ailleurs est
// refusé avant que le programme tourne (docs/semantics.md "Attributes on members").
// Avant, l'attribut était ignoré et stPrix.nTaux valait 3.
Prix est une Structure
	nTaux est un entier <immuable> = 20
	sLibellé est une chaîne
FIN
stPrix est un Prix
stPrix.sLibellé = "TVA"
Trace(stPrix.nTaux, stPrix.sLibellé)
stPrix.nTaux = 3 // expect error: cannot change the member 'nTaux' of the structure Prix: it is declared immutable, its value is the one its declaration gives
