// Tests du module achats, mots-clés français et noms anglais mélangés
PROCÉDURE test_numéros()
gnLastNumber = 41
dbgVérifieEgalité(NextDocumentNumber(), "PO-00042")
dbgVérifieEgalité(NextDocumentNumber("RQ"), "RQ-00043")

PROCÉDURE test_niveaux()
dbgVérifieEgalité(ApprovalLevel(999.99), 0)
dbgVérifieEgalité(ApprovalLevel(1000), 1)
dbgVérifieEgalité(ApprovalLevel(9999.99), 1)
dbgVérifieEgalité(ApprovalLevel(10000), 2)

PROCÉDURE test_fusion_lignes()
cde est un CPurchaseOrder("ACME", "20261201")
dbgVérifieEgalité(cde.AddLine("A", "Article A", 2, 10), 1)
dbgVérifieEgalité(cde.AddLine("B", "Article B", 1, 5.5), 2)
dbgVérifieEgalité(cde.AddLine("a", "Article A", 3, 10), 1)
dbgVérifieEgalité(cde.TotalExclTax(), 55.5)
dbgVérifieEgalité(cde.TotalInclTax(), 66.6)
cde.AddLine("C", "Article C", -1, 1)
dbgVérifieVrai(ErreurDétectée)
dbgVérifieEgalité(ErreurInfo(errMessage), cde.Number + ": quantity -1 refused for C")

PROCÉDURE test_envoi_confirmé()
LoadSuppliers("ACME;Acme;45")
cde est un CPurchaseOrder("ACME")
cde.AddLine("A", "Article A", 2, 10)
cde.Submit()
dbgVérifieVrai(SendOrder(cde, "orders@acme.example"))
// expect: asked: Send PO-00001 to orders@acme.example?
// expect mail: Subject: Purchase order PO-00001
// expect mail: To: orders@acme.example
// expect mail count: 1

PROCÉDURE test_envoi_refusé()
gnAnswer = No
cde est un CPurchaseOrder("ACME")
cde.AddLine("A", "Article A", 2, 10)
cde.Submit()
dbgVérifieFaux(SendOrder(cde, "orders@acme.example"))
// expect mail count: 0

PROCÉDURE test_échéance_fin_de_mois()
LoadSuppliers([
	acme;Acme;45
	zed;Zed;
	])
dbgVérifieEgalité(DueDate("20261215", "ACME", Vrai), "20270131")
dbgVérifieEgalité(DueDate("20261215", "ZED"), "20270114")
QUAND EXCEPTION DANS
	DueDate("20261215", "NONE")
FAIRE
	dbgVérifieEgalité(ExceptionInfo(errMessage), "Unknown supplier: NONE")
FIN
