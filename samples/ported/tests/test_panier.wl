// Tests de la classe CPanier (mots-clés français).
gPanier est un CPanier

PROCÉDURE test_panier_vide()
dbgVérifieEgalité(gPanier.TotalPanier(), 0)

PROCÉDURE test_panier_deux_lignes()
gPanier.AjouteLigne("A", 2, 10)
gPanier.AjouteLigne("B", 1, 5)
dbgVérifieEgalité(gPanier.TotalPanier(), 30)
dbgVérifieEgalité(TableauOccurrence(gPanier.m_tabLignes), 2)
dbgVérifieVrai(EnModeTest())

PROCÉDURE test_date_de_facture()
// conftest.wl fixes the date the invoice shows
dbgVérifieEgalité(DateDuJour(), "20240131")
