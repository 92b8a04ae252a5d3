// Tests du projet Stock (mots-clés français) : l'analyse et la requête REQ_LowStock
// sont à la racine du projet, le dossier de Stock.wdp (wl test samples/stock)
PROCÉDURE test_stock_bas()
HCréation(Article)
AddArticle("B-12", "Boulon M12", 4)
AddArticle("E-12", "Écrou M12", 150)
REQ_LowStock.pBelow = 10
dbgVérifieVrai(HExécuteRequête(REQ_LowStock))
dbgVérifieEgalité(HNbEnr(REQ_LowStock), 1)
HLitPremier(REQ_LowStock)
Trace(REQ_LowStock.Label) // expect: Boulon M12

PROCÉDURE test_parametre_en_argument()
HCréation(Article)
AddArticle("B-12", "Boulon M12", 4)
AddArticle("E-12", "Écrou M12", 150)
HExécuteRequête(REQ_LowStock, hRequêteDéfaut, 1000)
dbgVérifieEgalité(HNbEnr(REQ_LowStock), 2)

PROCÉDURE test_demo()
Trace(Demo(10)) // expect: B-12, Bolt M12, 4
// expect: W-12, Washer M12, 9
// expect: 2
