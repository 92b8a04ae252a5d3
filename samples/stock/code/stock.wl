// The Stock project's procedures (a library: no main code). The analysis Stock.xdd and
// the query REQ_LowStock.wdr are at the project's root, the folder of Stock.wdp:
//   wl run --call Demo samples/stock/code/stock.wl 10
//   wl check samples/stock
//   wl test samples/stock

PROCEDURE AddArticle(sRef is string, sLabel is string, nQuantity is int)
HReset(Article)
Article.Reference = sRef
Article.Label = sLabel
Article.Quantity = nQuantity
RESULT HAdd(Article)

PROCEDURE PrintLowStock(nBelow is int)
REQ_LowStock.pBelow = nBelow
HExecuteQuery(REQ_LowStock)
FOR EACH REQ_LowStock
    Trace(REQ_LowStock.Reference, REQ_LowStock.Label, REQ_LowStock.Quantity)
END
RESULT HNbRec(REQ_LowStock)

PROCEDURE Demo(nBelow is int)
HCreation(Article)
AddArticle("B-12", "Bolt M12", 4)
AddArticle("N-12", "Nut M12", 150)
AddArticle("W-12", "Washer M12", 9)
RESULT PrintLowStock(nBelow)
