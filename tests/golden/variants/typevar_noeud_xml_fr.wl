// TypeVar d'un xmlNoeud, d'un Variant qui en tient un et d'un xmlDocument : wlVariant
// (31), comme un nœud JSON (jumeau de typevar_xml_node_en.wl ; *décidé* le 6 décembre
// 2026, la page de TypeVar n'est pas stockée).
xDoc est un xmlDocument = XMLOuvre("<commande><ref>A12</ref><qte>3</qte></commande>", depuisChaîne)
vNoeud est un Variant = xDoc.commande.ref
Trace(TypeVar(vNoeud), vNoeud) // expect: 31, A12
Trace(TypeVar(xDoc.commande.qte), TypeVar(xDoc)) // expect: 31, 31
xnQte est un xmlNoeud = xDoc.commande.qte
vNoeud = xnQte
Trace(TypeVar(xnQte), typevar(vNoeud) = wlVariant, vNoeud + 1) // expect: 31, 1, 4
SELON TypeVar(vNoeud)
	CAS wlChaîne : Trace("texte")
	CAS wlVariant : Trace("nœud :", vNoeud..Texte) // expect: nœud :, 3
	AUTRE CAS : Trace("autre")
FIN
