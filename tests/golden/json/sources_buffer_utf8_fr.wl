// Un fichier JSON ou XML chargé par fChargeBuffer (ses octets) et donné à
// JSONVersVariant, à une variable JSON, à XMLOuvre ou à XMLDocument est lu en UTF-8
// quand ses octets en sont : la page de JSONVersVariant (?1000021052) prend des données
// "UTF-8", et un document XML sans déclaration d'encodage, ou déclarant UTF-8, est en
// UTF-8. Avant, "Société €" revenait en "SociÃ©tÃ© â\x82¬". Un document déclarant
// ISO-8859-1 est lu ainsi, comme avant.
sRep est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_bufutf8_" + Hasard(1, 999999999)
fRepCrée(sRep)
fSauveBuffer(sRep + "\commande.json", ChaîneVersUTF8("{""client"":""Société €"",""lignes"":[{""article"":""Crème""}]}"))
vCde est un Variant = JSONVersVariant(fChargeBuffer(sRep + "\commande.json"))
Trace(vCde.client, vCde.lignes[1].article) // expect: Société €, Crème
jCde est un JSON = fChargeBuffer(sRep + "\commande.json")
Trace(jCde.client) // expect: Société €
fSauveBuffer(sRep + "\tarif.xml", ChaîneVersUTF8("<?xml version=""1.0"" encoding=""UTF-8""?><Tarif><Article>Thé vert €</Article></Tarif>"))
xTarif est un xmlDocument = XMLOuvre(fChargeBuffer(sRep + "\tarif.xml"), depuisChaîne)
Trace(xTarif.Tarif.Article) // expect: Thé vert €
XMLDocument("TARIF", fChargeBuffer(sRep + "\tarif.xml"))
Trace(XMLLit("TARIF", "/Tarif/Article")) // expect: Thé vert €
XMLTermine("TARIF")
fSauveTexte(sRep + "\latin.xml", "<?xml version=""1.0"" encoding=""ISO-8859-1""?><Tarif><Article>Café</Article></Tarif>", foAnsi)
xLatin est un xmlDocument = XMLOuvre(fChargeBuffer(sRep + "\latin.xml"), depuisChaîne)
Trace(xLatin.Tarif.Article) // expect: Café
fRepSupprime(sRep, frRécursif)
