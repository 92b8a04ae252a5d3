// A JSON or XML file loaded with fLoadBuffer (its bytes) and given to JSONToVariant, a
// JSON variable, XMLOpen or XMLDocument is read as UTF-8 when its bytes are UTF-8: the
// JSONToVariant page (?1000021052) takes "UTF-8 encoding" data, and an XML document
// without an encoding declaration, or declaring UTF-8, is UTF-8. Before, "Société €"
// came back as "SociÃ©tÃ© â\x82¬". An XML document declaring ISO-8859-1 is read so, as
// before; a text already decoded (fLoadText) is unchanged.
sDir is string = CompleteDir(fTempPath()) + "wl_golden_utf8buf_" + Random(1, 999999999)
fMakeDir(sDir)
fSaveBuffer(sDir + "\order.json", StringToUTF8("{""customer"":""Société €"",""lines"":[{""item"":""Crème""}]}"))
vOrder is Variant = JSONToVariant(fLoadBuffer(sDir + "\order.json"))
Trace(vOrder.customer, vOrder.lines[1].item) // expect: Société €, Crème
jOrder is JSON = fLoadBuffer(sDir + "\order.json")
Trace(jOrder.customer) // expect: Société €
Trace(JSONToVariant(fLoadText(sDir + "\order.json")).customer) // expect: Société €
fSaveBuffer(sDir + "\prices.xml", StringToUTF8("<?xml version=""1.0"" encoding=""UTF-8""?><Prices><Item>Thé vert €</Item></Prices>"))
xPrices is xmlDocument = XMLOpen(fLoadBuffer(sDir + "\prices.xml"), fromString)
Trace(xPrices.Prices.Item) // expect: Thé vert €
XMLDocument("PRICES", fLoadBuffer(sDir + "\prices.xml"))
Trace(XMLRead("PRICES", "/Prices/Item")) // expect: Thé vert €
XMLClose("PRICES")
fSaveText(sDir + "\latin.xml", "<?xml version=""1.0"" encoding=""ISO-8859-1""?><Prices><Item>Café</Item></Prices>", foAnsi)
xLatin is xmlDocument = XMLOpen(fLoadBuffer(sDir + "\latin.xml"), fromString)
Trace(xLatin.Prices.Item) // expect: Café
fRemoveDir(sDir, frRecursive)
