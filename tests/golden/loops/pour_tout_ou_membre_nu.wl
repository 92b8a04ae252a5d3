// POUR TOUT ... OÙ (ou AVEC) avec le nom nu d'un membre de la structure du tableau : le
// membre de chaque élément, comme TRIÉ PAR (INFERRED, docs/semantics.md)
STProduit est une Structure
	nID est un entier
	sNom est une chaîne
	mPrix est un monétaire
FIN
tabProduits est un tableau de STProduit
p est un STProduit
p.nID = 1; p.sNom = "Vis"; p.mPrix = 0.5; TableauAjoute(tabProduits, p)
p.nID = 2; p.sNom = "Écrou"; p.mPrix = 0.2; TableauAjoute(tabProduits, p)
p.nID = 3; p.sNom = "Boulon"; p.mPrix = 1.5; TableauAjoute(tabProduits, p)
POUR TOUT x DE tabProduits OÙ nID = 2
	Trace(x.sNom)   // expect: Écrou
FIN
pour tout x de tabProduits avec mPrix > 0.3 ET Taille(sNom) > 3 trié par -mPrix
	Trace(x.sNom)   // expect: Boulon
fin
nCherché est un entier = 1
POUR TOUT x DE tabProduits OÙ x.nID = nCherché
	Trace(x.sNom)   // expect: Vis
FIN
