// ..EspaceDeNom (..Namespace) d'un élément dans un espace de noms par défaut
// (`<Flux xmlns="urn:x">`) : en texte, l'URI de l'espace de noms (INFERRED,
// docs/builtins.md "XML namespace URIs" ; les noms français EspaceDeNom et
// DéclarationEspaceDeNom aussi). C'était le préfixe, "" comme pour un élément hors espace.
sXML est une chaîne = [
<Flux xmlns="urn:catalogue"><article><titre>Vis</titre></article><meta xmlns=""><id>7</id></meta></Flux>
]
doc est un xmlDocument = XMLOuvre(sXML, depuisChaîne)
Trace(doc.Flux..EspaceDeNom)   // expect: urn:catalogue
Trace(doc.Flux.article.titre..EspaceDeNom, doc.Flux.article.titre..Namespace)   // expect: urn:catalogue, urn:catalogue
Trace(doc.Flux.article..EspaceDeNom..Nom = "", doc.Flux.article..EspaceDeNom..URI)   // expect: 1, urn:catalogue
// `xmlns=""` annule l'espace par défaut : pas d'URI
Trace("[" + doc.Flux.meta.id..EspaceDeNom + "]")   // expect: []
SI doc.Flux.article..EspaceDeNom = "urn:catalogue" ALORS Trace("catalogue")   // expect: catalogue
n est un xmlNoeud = doc.Flux.article
Trace(n.titre..EspaceDeNom..URI)   // expect: urn:catalogue
POUR TOUT ns DE doc.Flux..DéclarationEspaceDeNom
	Trace("[" + ns..Nom + "]", ns)   // expect: [], urn:catalogue
FIN
