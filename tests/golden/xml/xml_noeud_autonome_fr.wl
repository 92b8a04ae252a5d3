// Une variable xmlNoeud autonome (`n est un xmlNoeud`) : remplie par ses propriétés,
// attributs, fils et XMLAjouteFils, puis ajoutée à un document par XMLAjouteFils(parent,
// noeud), qui ajoute une copie : le noeud peut être rempli de nouveau et ajouté encore
// (décidé, INFERRED : la page xmlNode n'est pas stockée ; docs/builtins.md « A
// standalone xmlNode »). Sa première écriture arrêtait l'exécution (« This xmlNode
// belongs to no XML document »). Jumeau anglais xml_standalone_node_en.wl.
xLigne est un xmlNoeud
Trace(xLigne..Nom = "", xLigne..Existe, TypeVar(xLigne)) // expect: 1, 0, 31
xLigne..Nom = "Ligne"
xLigne:réf = "A-100"
xLigne.Qté = 3
XMLAjouteFils(xLigne, "Libellé", "Boulons")
Trace(xLigne..Nom, xLigne:réf, xLigne.Qté, xLigne..Existe) // expect: Ligne, A-100, 3, 1
xCommande est un xmlDocument = XMLOuvre("<Commande numéro=""42""/>", depuisChaîne)
xAjoutée est un xmlNoeud = XMLAjouteFils(xCommande, xLigne)
Trace(xAjoutée..Nom, xAjoutée:réf) // expect: Ligne, A-100
// rempli de nouveau et ajouté encore : deux lignes, la première telle qu'elle était
xLigne:réf = "B-200"
xLigne.Qté = 7
xLigne.Libellé = "Écrous"
XMLAjouteFils(xCommande.Commande, xLigne)
Trace(XMLConstruitChaîne(xCommande, XMLSansEntête)) // (le texte finit par un saut de ligne)
// expect: <Commande numéro="42"><Ligne réf="A-100"><Qté>3</Qté><Libellé>Boulons</Libellé></Ligne><Ligne réf="B-200"><Qté>7</Qté><Libellé>Écrous</Libellé></Ligne></Commande>
// expect:
Trace(xCommande.Commande.Ligne..Occurrence, xCommande.Commande.Ligne[1].Qté) // expect: 2, 3
// la copie dans le document se change par le document, pas par la variable
xCommande.Commande.Ligne[2].Qté = 8
Trace(xLigne.Qté, xCommande.Commande.Ligne[2].Qté) // expect: 7, 8
// un xmlDocument vide prend le noeud pour racine
xNouveau est un xmlDocument
XMLAjouteFils(xNouveau, xLigne)
Trace(XMLConstruitChaîne(xNouveau, XMLSansEntête))
// expect: <Ligne réf="B-200"><Qté>7</Qté><Libellé>Écrous</Libellé></Ligne>
// expect:
// un noeud jamais nommé ne peut pas être ajouté
xSansNom est un xmlNoeud
xSansNom..Texte = "x"
QUAND EXCEPTION DANS
	XMLAjouteFils(xCommande, xSansNom)
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: XMLAjouteFils: the xmlNode to add has no name (set its ..Name first).
FIN
// un noeud d'un document affecté à la variable désigne cet élément, comme avant
xLigne = xCommande.Commande.Ligne[1]
xLigne:réf = "A-101"
Trace(xCommande.Commande.Ligne[1]:réf) // expect: A-101
